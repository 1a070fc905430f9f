package io.nlc.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.nlc.kernel.DataTable;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.UserAdministration;
import io.nlc.organisation.UserSummary;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class AccountViewsTest extends BrowserlessWorldTest {

    @Autowired
    Organisation organisation;

    @Autowired
    UserAdministration accounts;

    @Test
    void resetDeactivateAndRoleChangesAskFirstAndNameWhatEnds() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(AccountsView.class);
        long member = accounts.manageableUsers().stream()
                .filter(user -> user.username().equals(world.memberA1))
                .mapToLong(UserSummary::id)
                .findFirst()
                .orElseThrow();
        com.vaadin.flow.component.html.NativeTableRow line = lineOf(world.memberA1);

        test($(Button.class, line).withClassName("reset-password").single()).click();
        assertThat(confirmText()).contains("Name of " + world.memberA1).contains("session");
        test($(Button.class).withClassName("cancel-action").single()).click();
        assertThat($(Code.class).withClassName("password-value").all())
                .as("nothing reset on cancel")
                .isEmpty();

        test($(Button.class, line).withClassName("reset-password").single()).click();
        test($(Button.class).withClassName("confirm-action").single()).click();
        assertThat($(Code.class)
                        .withClassName("password-value")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .hasSize(14);

        navigate("about", Component.class);
        navigate(AccountsView.class);
        line = lineOf(world.memberA1);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<io.nlc.organisation.Role> role =
                $(com.vaadin.flow.component.select.Select.class, line).single();
        test(role).selectItem(UI.getCurrent().getTranslation("role.CITY_COORDINATOR"));
        assertThat(confirmText()).contains(UI.getCurrent().getTranslation("role.CITY_COORDINATOR"));
        test($(Button.class).withClassName("cancel-action").single()).click();
        assertThat(role.getValue()).as("the old role is back").isEqualTo(io.nlc.organisation.Role.CITY_MEMBER);
        assertThat(accounts.manageableUsers().stream()
                        .filter(user -> user.id() == member)
                        .findFirst()
                        .orElseThrow()
                        .role())
                .isEqualTo(io.nlc.organisation.Role.CITY_MEMBER);

        test($(Button.class, line).withClassName("toggle-account").single()).click();
        assertThat(confirmText()).contains("Name of " + world.memberA1);
        test($(Button.class).withClassName("confirm-action").single()).click();
        assertThat(accounts.manageableUsers().stream()
                        .filter(user -> user.id() == member)
                        .findFirst()
                        .orElseThrow()
                        .enabled())
                .isFalse();
    }

    /**
     * The review, on a phone: the role select beside its label was cut, one's own card had an empty "Actions" row,
     * and names broke mid-word. The cells say how styles.css lays them out.
     */
    @Test
    void theAccountCardsCellsSayHowTheyWrapAndOnesOwnCardHasNoActions() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(AccountsView.class);
        List<com.vaadin.flow.component.html.NativeTableCell> cells = $(
                        com.vaadin.flow.component.html.NativeTableCell.class, lineOf(world.memberA1))
                .all();
        assertThat(cells)
                .extracting(cell -> String.join(" ", cell.getClassNames()))
                .containsExactly("words", "words", "role-cell", "", "actions-cell");
        // "member-a1-…" may break after each dash, at a <wbr> (no character: a copied user name stays the same).
        com.vaadin.flow.dom.Element username = cells.get(1).getElement().getChild(0);
        assertThat(username.getTextRecursively()).isEqualTo(world.memberA1);
        assertThat(username.getChildren().filter(child -> !child.isTextNode() && "wbr".equals(child.getTag())))
                .hasSize((int) world.memberA1.chars().filter(c -> c == '-').count());
        assertThat($(com.vaadin.flow.component.html.Div.class, lineOf(world.coordinatorA1))
                        .withClassName("account-actions")
                        .single()
                        .getClassNames())
                .contains("no-actions");
        assertThat($(com.vaadin.flow.component.html.Div.class, lineOf(world.memberA1))
                        .withClassName("account-actions")
                        .single()
                        .getClassNames())
                .doesNotContain("no-actions");
    }

    /** An administrator's or advisor's card has no empty "Commune" row: the cell says it holds no city. */
    @Test
    void anAccountWithoutACityMarksItsCityCellSoTheCardLeavesItOut() {
        Fixtures.signIn(world.admin);
        navigate(AccountsView.class);
        assertThat($(Span.class, lineOf(world.admin)).withClassName("no-city").all())
                .hasSize(1);
        assertThat($(Span.class, lineOf(world.memberA1))
                        .withClassName("no-city")
                        .all())
                .isEmpty();
    }

    private int row(String username) {
        DataTable<?> grid = $(DataTable.class).withClassName("accounts-table").single();
        return java.util.stream.IntStream.range(0, grid.rowCount())
                .filter(row -> grid.cellText(row, 1).equals(username))
                .findFirst()
                .orElseThrow();
    }

    private com.vaadin.flow.component.html.NativeTableRow lineOf(String username) {
        DataTable<?> grid = $(DataTable.class).withClassName("accounts-table").single();
        return (com.vaadin.flow.component.html.NativeTableRow)
                grid.getChildren().toList().get(1).getChildren().toList().get(row(username));
    }

    private String confirmText() {
        return $(com.vaadin.flow.component.dialog.Dialog.class)
                        .withClassName("confirm-dialog")
                        .single()
                        .getElement()
                        .getTextRecursively()
                + " "
                + $(com.vaadin.flow.component.dialog.Dialog.class)
                        .withClassName("confirm-dialog")
                        .single()
                        .getHeaderTitle();
    }

    @Test
    void aCoordinatorAddsAMemberWhoMustThenChooseAPasswordBeforeAnythingElse() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(AccountsView.class);
        DataTable<?> grid = $(DataTable.class).withClassName("accounts-table").single();
        List<String> usernames = java.util.stream.IntStream.range(0, grid.rowCount())
                .mapToObj(row -> grid.cellText(row, 1))
                .toList();
        assertThat(usernames).contains(world.memberA1).doesNotContain(world.coordinatorA2);

        test($(Button.class).withClassName("add-account").single()).click();
        String username = "added-" + world.cityA1;
        List<TextField> fields = $(TextField.class).all();
        test(fields.get(0)).setValue("Added Mémber");
        assertThat(fields.get(1).getValue()).as("suggested from the name").isEqualTo("added.member");
        test(fields.get(1)).setValue(username);
        test($(Button.class).withClassName("create-account").single()).click();
        String oneTime = $(Code.class)
                .withClassName("password-value")
                .single()
                .getElement()
                .getTextRecursively();
        assertThat(oneTime).hasSize(14);
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .withClassName("one-time-username")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .as("the user name to hand over with it")
                .contains(username);
        assertThat($(Button.class).withClassName("copy-password").all()).hasSize(1);

        Fixtures.signIn(username);
        navigate("about", Component.class);
        navigate("", Component.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        List<PasswordField> passwords = $(PasswordField.class).all();
        assertThat(passwords.get(0).getLabel())
                .as("which password goes first")
                .isEqualTo(UI.getCurrent().getTranslation("account.current-password.one-time"));
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
        assertThat($(com.vaadin.flow.component.notification.Notification.class).all())
                .as("the change is confirmed")
                .anyMatch(shown -> shown.getElement()
                                .getProperty("text", "")
                                .equals(UI.getCurrent().getTranslation("account.done.password"))
                        || shown.getElement()
                                .getTextRecursively()
                                .contains(UI.getCurrent().getTranslation("account.done.password")));
    }
}
