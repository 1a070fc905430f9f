package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Item;
import io.nlc.kernel.DataTable;
import io.nlc.organisation.TeamMember;
import io.nlc.plan.ActionDraft;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.ActionStatus;
import io.nlc.plan.PlanFilter;
import io.nlc.plan.PlannedAction;
import io.nlc.testsupport.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PlanViewTest extends ViewTestSupport {

    @Autowired
    ActionPlans plans;

    @Test
    void theCoordinatorWritesAnActionFieldErrorsFirstAndAnOverdueOneStandsOut() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(PlanView.class, city());
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo(UI.getCurrent().getTranslation("plan.empty"));

        test($(Button.class).withClassName("add-action").single()).click();
        test($(Button.class).withClassName("save-action").single()).click();
        TextField title = $(TextField.class).withClassName("action-title").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("plan.error.title"));
        assertThat(plans.plan(world.cityA1, PlanFilter.all())).isEmpty();

        title.setValue("Name a focal person");
        LocalDate today = LocalDate.now();
        $(DatePicker.class).withClassName("action-start").single().setValue(today.minusDays(10));
        $(DatePicker.class).withClassName("action-due").single().setValue(today.minusDays(20));
        test($(Button.class).withClassName("save-action").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<TeamMember> member =
                $(ComboBox.class).withClassName("owner-member").single();
        assertThat(member.isInvalid()).as("no owner yet").isTrue();
        member.setValue(member.getListDataView()
                .getItems()
                .filter(person -> person.displayName().equals("Name of " + world.memberA1))
                .findFirst()
                .orElseThrow());
        test($(Button.class).withClassName("save-action").single()).click();
        DatePicker due = $(DatePicker.class).withClassName("action-due").single();
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("plan.error.dates"));
        assertThat(plans.plan(world.cityA1, PlanFilter.all())).isEmpty();

        due.setValue(today.minusDays(2));
        test($(Button.class).withClassName("save-action").single()).click();
        assertThat(lastMessage())
                .isEqualTo(UI.getCurrent()
                        .getTranslation("plan.done.created", io.nlc.base.Formats.isolate("Name a focal person")));
        DataTable<?> table = $(DataTable.class).withClassName("plan-table").single();
        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.cellText(0, 1)).isEqualTo("Name of " + world.memberA1);
        assertThat(table.cellText(0, 2)).endsWith(UI.getCurrent().getTranslation("plan.overdue"));
        assertThat(table.cellText(0, 3)).isEqualTo(UI.getCurrent().getTranslation("plan.status.PLANNED"));

        @SuppressWarnings("unchecked")
        Select<ActionStatus> status =
                $(Select.class).withClassName("filter-status").single();
        status.setValue(ActionStatus.DONE);
        assertThat(table.isVisible()).isFalse();
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo(UI.getCurrent().getTranslation("plan.empty.filtered"));
    }

    @Test
    void theOwnerMarksTheirActionDoneAndIsOfferedToReRateItsItems() {
        Fixtures.signIn(world.coordinatorA1);
        Item item = assessments.themesInScope(assessment).getFirst().items().getFirst();
        long member = plans.team(world.cityA1).stream()
                .filter(person -> person.displayName().equals("Name of " + world.memberA1))
                .findFirst()
                .orElseThrow()
                .id();
        plans.create(
                world.cityA1,
                new ActionDraft(assessment, "Publish the agreements", "", member, null, null, null, Set.of(item.id())));

        Fixtures.signIn(world.memberA1);
        navigate(PlanView.class, city());
        assertThat($(Button.class).withClassName("add-action").all())
                .as("members do not add actions")
                .isEmpty();
        test($(Button.class).withClassName("action-open").single()).click();
        assertThat($(Button.class).withClassName("edit-action").all())
                .as("nor edit them")
                .isEmpty();
        @SuppressWarnings("unchecked")
        Select<ActionStatus> next = $(Select.class).withClassName("next-status").single();
        assertThat(next.getListDataView().getItems()).doesNotContain(ActionStatus.DROPPED);
        $(TextArea.class).withClassName("progress-note").single().setValue("Draft sent to the council");
        test($(Button.class).withClassName("add-note").single()).click();
        next = $(Select.class).withClassName("next-status").single();
        next.setValue(ActionStatus.DONE);
        test($(Button.class).withClassName("change-status").single()).click();

        PlannedAction done = plans.plan(world.cityA1, PlanFilter.all()).getFirst();
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.notes()).singleElement().extracting(note -> note.text()).isEqualTo("Draft sent to the council");
        RouterLink rerate = $(RouterLink.class).withClassName("rerate-link").single();
        assertThat(rerate.getHref()).isEqualTo("assessments/" + assessment + "?item=" + item.id());
    }

    @Test
    void fromTheResultsTheCoordinatorAddsASuggestedActionAndTheGapSaysItIsPlanned() {
        Fixtures.signIn(world.memberA1);
        List<Item> items = assessments.themesInScope(assessment).getFirst().items();
        for (Item item : items) {
            assessments.save(assessment, item.id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        }
        Fixtures.signIn(world.coordinatorA1);
        navigate(ResultsView.class, id());
        Paragraph before = $(Paragraph.class).withClassName("gap-unplanned").first();
        assertThat(before.getText()).isEqualTo(UI.getCurrent().getTranslation("plan.results.none"));

        test($(Button.class).withClassName("add-to-plan").first()).click();
        TextField title = $(TextField.class).withClassName("action-title").single();
        assertThat(title.getValue()).as("prefilled from the suggestion").isNotBlank();
        title.setValue(title.getValue() + " (with the province)");
        @SuppressWarnings("unchecked")
        ComboBox<TeamMember> member =
                $(ComboBox.class).withClassName("owner-member").single();
        member.setValue(member.getListDataView().getItems().findFirst().orElseThrow());
        test($(Button.class).withClassName("save-action").single()).click();

        PlannedAction added = plans.plan(world.cityA1, PlanFilter.all()).getFirst();
        assertThat(added.title()).endsWith("(with the province)");
        assertThat(added.origin()).contains(items.getFirst().themeId());
        assertThat($(Paragraph.class).withClassName("gap-planned").first().getText())
                .isEqualTo(UI.getCurrent().getTranslation("plan.results.planned", 1));

        Fixtures.signIn(world.advisorA);
        navigate(PlanView.class, city());
        assertThat($(DataTable.class).withClassName("plan-table").single().rowCount())
                .isEqualTo(1);
        assertThat($(Button.class).withClassName("add-action").all()).isEmpty();
        navigate(ResultsView.class, id());
        assertThat($(Button.class).withClassName("add-to-plan").all())
                .as("advisors read the plan only")
                .isEmpty();
    }

    @Test
    void droppingAsksFirstAndEveryChangeIsConfirmedByAMessage() {
        Fixtures.signIn(world.coordinatorA1);
        long member = plans.team(world.cityA1).stream()
                .filter(person -> person.displayName().equals("Name of " + world.memberA1))
                .findFirst()
                .orElseThrow()
                .id();
        String title = "تعيين منسق Focal";
        plans.create(world.cityA1, new ActionDraft(assessment, title, "", member, null, null, null, Set.of()));
        navigate(PlanView.class, city());
        test($(Button.class).withClassName("action-open").single()).click();
        ActionDetailsDialog details = $(ActionDetailsDialog.class).single();
        assertThat(details.getHeaderTitle())
                .as("the action's own words are isolated in the title")
                .isEqualTo(io.nlc.base.Formats.isolate(title));

        $(TextArea.class).withClassName("progress-note").single().setValue("Met the province");
        test($(Button.class).withClassName("add-note").single()).click();
        assertThat(lastMessage()).isEqualTo(UI.getCurrent().getTranslation("plan.done.note"));

        @SuppressWarnings("unchecked")
        Select<ActionStatus> next = $(Select.class).withClassName("next-status").single();
        next.setValue(ActionStatus.DROPPED);
        $(TextArea.class).withClassName("drop-reason").single().setValue("The province does it");
        test($(Button.class).withClassName("change-status").single()).click();
        com.vaadin.flow.component.dialog.Dialog confirm = $(com.vaadin.flow.component.dialog.Dialog.class)
                .withClassName("confirm-drop")
                .single();
        test($(Button.class, confirm).withClassName("cancel-action").single()).click();
        assertThat(plans.plan(world.cityA1, PlanFilter.all()).getFirst().status())
                .as("nothing happens on cancel")
                .isEqualTo(ActionStatus.PLANNED);

        test($(Button.class).withClassName("change-status").single()).click();
        confirm = $(com.vaadin.flow.component.dialog.Dialog.class)
                .withClassName("confirm-drop")
                .single();
        test($(Button.class, confirm).withClassName("confirm-action").single()).click();
        assertThat(plans.plan(world.cityA1, PlanFilter.all()).getFirst().status())
                .isEqualTo(ActionStatus.DROPPED);
        assertThat(lastMessage())
                .isEqualTo(UI.getCurrent()
                        .getTranslation(
                                "plan.done.status",
                                io.nlc.base.Formats.isolate(title),
                                UI.getCurrent().getTranslation("plan.status.DROPPED")));
    }

    private String lastMessage() {
        return test($(com.vaadin.flow.component.notification.Notification.class).last())
                .getText();
    }

    private Map<String, String> city() {
        return Map.of("cityId", String.valueOf(world.cityA1));
    }
}
