package io.nlc.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.UserSummary;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AccountViewsTest extends BrowserlessWorldTest {

    @Autowired
    Organisation organisation;

    @Test
    void aCoordinatorAddsAMemberWhoMustThenChooseAPasswordBeforeAnythingElse() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = $(Grid.class).withClassName("accounts-table").single();
        assertThat(grid.getGenericDataView().getItems().map(UserSummary::username))
                .contains(world.memberA1).doesNotContain(world.coordinatorA2);

        test($(Button.class).withClassName("add-account").single()).click();
        String username = "added-" + world.cityA1;
        List<TextField> fields = $(TextField.class).all();
        test(fields.get(0)).setValue(username);
        test(fields.get(1)).setValue("Added Member");
        test($(Button.class).withClassName("create-account").single()).click();
        String oneTime = $(Code.class).withClassName("password-value").single().getText();
        assertThat(oneTime).hasSize(14);

        Fixtures.signIn(username);
        navigate("about", Component.class);
        navigate("", Component.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        List<PasswordField> passwords = $(PasswordField.class).all();
        test(passwords.get(0)).setValue(oneTime);
        test(passwords.get(1)).setValue("password123");
        test(passwords.get(2)).setValue("password123");
        test($(Button.class).withClassName("save-password").single()).click();
        assertThat(passwords.get(1).isInvalid()).isTrue();
        assertThat(passwords.get(1).getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("account.error.password-common"));

        test(passwords.get(1)).setValue("the tangier workshop was useful");
        test(passwords.get(2)).setValue("the tangier workshop was useful");
        test($(Button.class).withClassName("save-password").single()).click();
        assertThat(organisation.currentUser().mustChangePassword()).isFalse();
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }
}
