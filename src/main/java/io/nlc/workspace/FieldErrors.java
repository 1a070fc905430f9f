package io.nlc.workspace;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import io.nlc.kernel.InvalidInputException;
import java.util.Map;

/** A service's refusal shown where the person looks: next to the field it names, else next to a fallback field. */
final class FieldErrors {

    private FieldErrors() {}

    static void show(InvalidInputException refused, HasValidation fallback, Map<String, HasValidation> fields) {
        HasValidation field = fields.getOrDefault(refused.field(), fallback);
        field.setErrorMessage(UI.getCurrent().getTranslation(refused.messageKey(), refused.arguments()));
        field.setInvalid(true);
    }
}
