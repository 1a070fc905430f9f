package io.nlc.kernel;

import com.vaadin.flow.component.HasValidation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A choice among options drawn as markup ({@link ChoiceGroup}, {@link NativeSelect}): the browser sends an option's
 * position, so that no value of the server's ever appears in the page, and its error shows beside the markup.
 */
abstract class MarkupChoice<C extends MarkupChoice<C, T>, T> extends MarkupField<C, T> implements HasValidation {

    private final FieldError error = new FieldError(getElement());
    private List<T> options = List.of();

    MarkupChoice() {
        super(null, "event.target.value");
    }

    final void setOptions(List<T> options) {
        this.options = List.copyOf(options);
        render();
    }

    final List<T> options() {
        return options;
    }

    /** What the browser sends for an option: its position. */
    public String keyOf(T option) {
        int index = options.indexOf(option);
        if (index < 0) {
            throw new IllegalArgumentException(option + " is not an option");
        }
        return String.valueOf(index);
    }

    /** The option at the position the browser sent, or null for anything else. */
    final @Nullable T option(String key) {
        try {
            int index = Integer.parseInt(key);
            return index >= 0 && index < options.size() ? options.get(index) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        error.setMessage(errorMessage);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return error.message();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.invalid();
    }
}
