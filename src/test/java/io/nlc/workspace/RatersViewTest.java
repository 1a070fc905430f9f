package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.nlc.content.Item;
import io.nlc.kernel.ChoiceGroup;
import io.nlc.organisation.Role;
import io.nlc.organisation.TeamMember;
import io.nlc.testsupport.ChoiceGroupTester;
import io.nlc.testsupport.Fixtures;
import io.nlc.workshop.Raters;
import io.nlc.workshop.RatingDraft;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Several raters on screen: the coordinator opens a question to a member and an invited rater, each rates on the
 * "To rate" page (the rater account lands there from home) and sees the others only after rating, and the
 * coordinator records the agreed level, refused without a reason.
 */
@SpringBootTest
class RatersViewTest extends ViewTestSupport {

    @Autowired
    Raters raters;

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinatorOpensAQuestionEachRatesAloneAndTheAgreedLevelIsRecordedWithAReason() {
        Item first = assessments.themesInScope(assessment).getFirst().items().getFirst();
        navigate(RaterPanelView.class, id());
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo(UI.getCurrent().getTranslation("raters.empty.coordinator"));
        test($(Button.class).withClassName("open-raters").single()).click();
        MultiSelectComboBox<String> what = $(MultiSelectComboBox.class).all().get(0);
        assertThat(what.isInvalid()).as("nothing chosen").isTrue();
        what.setValue(Set.of(first.id()));
        MultiSelectComboBox<TeamMember> who = $(MultiSelectComboBox.class).all().get(1);
        who.setValue(who.getListDataView()
                .getItems()
                .filter(person ->
                        person.role() == Role.RATER || person.displayName().equals("Name of " + world.memberA1))
                .collect(java.util.stream.Collectors.toSet()));
        test($(Button.class).withClassName("open-raters").single()).click();
        assertThat(raters.panel(assessment)).containsOnlyKeys(first.id());

        Fixtures.signIn(world.raterA1);
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat($(H1.class).single().getText())
                .as("a rater account lands on what it rates")
                .isEqualTo(UI.getCurrent().getTranslation("ratings.title"));
        assertThat($(Section.class).withClassName("rating-card").all()).hasSize(1);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .contains(UI.getCurrent().getTranslation("ratings.others-hidden"));
        rate(Choice.L1, "Patrols only on paper");

        Fixtures.signIn(world.memberA1);
        navigate(RatingsView.class);
        rate(Choice.L3, "");
        assertThat($(Paragraph.class).withClassName("spread-figures").single().getText())
                .as("after rating, the others show")
                .isEqualTo(UI.getCurrent().getTranslation("spread.figures", 2, 1, "2.0", 3));

        Fixtures.signIn(world.coordinatorA1);
        navigate(RaterPanelView.class, id());
        assertThat($(Paragraph.class).withClassName("disagreement").single().getText())
                .contains(first.id());
        test($(Button.class).withClassName("agree").single()).click();
        RadioButtonGroup<Choice> level = $(RadioButtonGroup.class).last();
        level.setValue(Choice.L2);
        test($(Button.class).withClassName("save-agreement").single()).click();
        TextArea reason = $(TextArea.class).last();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("rating.error.reason"));
        assertThat(assessments.answers(assessment)).as("nothing saved").isEmpty();
        reason.setValue("The police see the patrols, the team the paperwork: 2 for both");
        test($(Button.class).withClassName("save-agreement").single()).click();
        assertThat(assessments.answers(assessment).get(first.id()).level()).isEqualTo(2);
        assertThat($(Paragraph.class).withClassName("agreed-reason").single().getText())
                .isEqualTo("The police see the patrols, the team the paperwork: 2 for both");

        // The item in the questionnaire shows the spread and the reason; the results, where raters disagreed.
        navigate(QuestionnaireView.class, id());
        Details onItem = $(Details.class).withClassName("item-raters").single();
        assertThat(onItem.getSummaryText()).isEqualTo(UI.getCurrent().getTranslation("item.raters.summary", 2L, 2));
        assertThat(onItem.getElement().getTextRecursively())
                .contains(UI.getCurrent().getTranslation("spread.figures", 2, 1, "2.0", 3))
                .contains("Patrols only on paper")
                .contains("The police see the patrols, the team the paperwork: 2 for both");
        navigate(ResultsView.class, id());
        assertThat($(Paragraph.class).withClassName("disagreement").single().getText())
                .contains(first.id())
                .contains(UI.getCurrent().getTranslation("raters.range", 1, 3));

        // A team member who has still to rate an item sees neither the levels given nor the comments.
        Fixtures.signIn(world.coordinatorA1);
        Item second = assessments.themesInScope(assessment).getFirst().items().get(1);
        raters.open(
                assessment,
                List.of(second.id()),
                raters.possibleRaters(assessment).stream()
                        .filter(person -> person.role() == Role.RATER
                                || person.displayName().equals("Name of " + world.memberA1))
                        .map(TeamMember::id)
                        .toList());
        Fixtures.signIn(world.raterA1);
        raters.rate(assessment, second.id(), RatingDraft.level(4, "Secret view"), -1);
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        String secondItem = $(Details.class).withClassName("item-raters").all().stream()
                .filter(details -> details.getParent()
                        .map(card -> card.getId().orElse("").equals("item-" + second.id()))
                        .orElse(false))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getTextRecursively();
        assertThat(secondItem)
                .contains(UI.getCurrent().getTranslation("ratings.others-hidden"))
                .doesNotContain("Secret view");
    }

    /**
     * A rater on a phone saves one question after another in a workshop: each save confirms, but the confirmations
     * do not pile up over the card (three stacked ones covered the save button of the next question).
     */
    @Test
    void savingRatingsOneAfterAnotherLeavesOneConfirmationOpen() {
        Item first = assessments.themesInScope(assessment).getFirst().items().getFirst();
        raters.open(
                assessment,
                List.of(first.id()),
                raters.possibleRaters(assessment).stream()
                        .filter(person -> person.role() == Role.RATER)
                        .map(TeamMember::id)
                        .toList());
        Fixtures.signIn(world.raterA1);
        navigate(RatingsView.class);
        rate(Choice.L1, "");
        rate(Choice.L2, "");
        rate(Choice.L3, "Seen again");

        assertThat(openNotifications()).containsExactly(UI.getCurrent().getTranslation("ratings.saved"));
    }

    @SuppressWarnings("unchecked")
    private void rate(Choice choice, String comment) {
        ChoiceGroup<Choice> level = $(ChoiceGroup.class).single();
        new ChoiceGroupTester<>(level).select(choice);
        $(TextArea.class).single().setValue(comment);
        test($(Button.class).withClassName("save-rating").single()).click();
    }
}
