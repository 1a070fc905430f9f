package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.SavedAnswer;
import io.nlc.assignment.Assignments;
import io.nlc.base.Formats;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.organisation.Role;
import io.nlc.testsupport.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class HomeViewTest extends ViewTestSupport {

    @Autowired
    Assignments assignments;

    @Autowired
    AssessmentWorkflow workflow;

    @Test
    void anAdministratorOnADatabaseTheAppDoesNotBackUpIsToldSoWithNoButton() {
        Fixtures.signIn(world.admin);
        navigate(HomeView.class);
        assertThat($(Paragraph.class).withClassName("backup-last").single().getText())
                .isEqualTo("This database is backed up outside the application (see the deployment guide).");
        assertThat($(Button.class).withClassName("backup-now").all()).isEmpty();
    }

    @Test
    void coordinatorSeesTheCityRoundAndCanStartAnother() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(HomeView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).containsExactly("City A1 " + suffix() + "");
        assertThat($(Button.class).withClassName("start-assessment").all()).hasSize(1);
        assertThat($(RouterLink.class).withClassName("card-title").single().getText())
                .isEqualTo("2026");
    }

    @Test
    void anArabicReaderSeesProvinceAndRegionInArabic() {
        String s = Long.toString(System.nanoTime(), 36);
        String arabic = "member-ar-" + s;
        setup.user(arabic, Fixtures.PASSWORD, "عضو", Role.CITY_MEMBER, world.cityA1, null, Language.AR);
        Fixtures.signIn(arabic);
        navigate(HomeView.class);
        assertThat($(Span.class).withClassName("muted").first().getText())
                .isEqualTo(Formats.isolate("إقليم أ") + " · " + Formats.isolate("جهة أ"));
        // Vaadin's connection indicator, which screen readers hear, says "online" in Arabic too.
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(invocation ->
                        assertThat(invocation.getInvocation().getParameters()).contains("متصل"));
    }

    @Test
    void memberSeesHowManyAssignedItemsAreStillOpen() {
        Fixtures.signIn(world.coordinatorA1);
        long member = assignments.team(assessment).stream()
                .filter(person -> person.displayName().equals("Name of " + world.memberA1))
                .findFirst()
                .orElseThrow()
                .id();
        assignments.assign(assessment, "T1", member);
        int open = assessments.themesInScope(assessment).getFirst().items().size();

        Fixtures.signIn(world.memberA1);
        navigate(HomeView.class);
        assertThat($(RouterLink.class).withClassName("my-items").single().getText())
                .isEqualTo(translation("assignment.my-open-items", open));
    }

    @Test
    void aRoundInProgressLeadsWithContinueAndTheAdvisorHomeOpensWithWhatAwaitsReview() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(HomeView.class);
        int items = itemsInScope();
        Button next = $(Button.class).withClassName("continue-round").single();
        assertThat(next.getText()).isEqualTo(translation("home.continue", items));
        assertThat($(Button.class).withClassName("start-assessment").single().getThemeNames())
                .as("another round is secondary while one is open")
                .doesNotContain("primary");
        // Continue opens the first question left, not only the questionnaire.
        List<Item> inScope = assessments.themesInScope(assessment).getFirst().items();
        assessments.save(
                assessment, inScope.getFirst().id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        test(next).click();
        assertThat($(ItemCard.class).withClassName("targeted").single().getId())
                .contains("item-" + inScope.get(1).id());
        navigate(HomeView.class);

        homeAs(world.advisorA);
        assertThat($(H2.class).first().getText()).isEqualTo(translation("home.to-review", 0));
        Fixtures.signIn(world.coordinatorA1);
        workflow.submit(assessment, "first pass");
        homeAs(world.advisorA);
        assertThat($(H2.class).first().getText()).isEqualTo(translation("home.to-review", 1));
        assertThat($(Div.class).withClassName("to-review").single().getElement().getTextRecursively())
                .contains("2026");
    }

    @Test
    void eachRoleIsOfferedTheRightNextStepForEachStatus() {
        String city = world.coordinatorA1;
        // Draft: the team continues answering, the focal point continues rating; a member is not told to submit.
        assertThat(cardOf(city).getText()).contains(translation("home.continue", itemsInScope()));
        assertThat(nextStep(world.memberA1)).isEqualTo(translation("workflow.next.member.DRAFT"));
        assertThat(nextStep(world.coordinatorA1)).isEqualTo(translation("workflow.next.city.DRAFT"));
        assertThat(cardOf(world.nationalA1B1).getText())
                .isEqualTo(translation("home.continue-national", itemsInScope()));

        Fixtures.signIn(world.coordinatorA1);
        workflow.submit(assessment, "first pass");
        assertThat(continueButtons(world.coordinatorA1)).isEmpty();
        assertThat(nextStep(world.memberA1)).isEqualTo(translation("workflow.next.city.SUBMITTED"));
        assertThat(nextStep(world.advisorA)).isEqualTo(translation("workflow.next.hub.SUBMITTED"));

        Fixtures.signIn(world.advisorA);
        workflow.startReview(assessment);
        workflow.returnToCity(assessment, "T1.1 needs evidence");
        // Returned: the team goes to the hub's comment at the top, not to the next empty question.
        assertThat(cardOf(world.coordinatorA1).getText()).isEqualTo(translation("home.continue-returned"));
        assertThat(nextStep(world.memberA1)).isEqualTo(translation("workflow.next.member.RETURNED"));
        // Even when the team last worked far down a theme, the button opens the questionnaire at its top.
        Fixtures.signIn(world.coordinatorA1);
        List<Item> firstTheme = assessments.themesInScope(assessment).getFirst().items();
        assessments.rememberPosition(assessment, firstTheme.getLast().id());
        Button seeComment = cardOf(world.coordinatorA1);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        test(seeComment).click();
        roundTrip();
        List<Element> scrolled = scrolledIntoView();
        assertThat(scrolled).isNotEmpty();
        assertThat(scrolled)
                .as("no item card is scrolled to")
                .noneMatch(element -> element.getComponent()
                        .filter(ItemCard.class::isInstance)
                        .isPresent());
        assertThat(scrolled.getLast().getTag()).isEqualTo("h1");

        Fixtures.signIn(world.coordinatorA1);
        workflow.submit(assessment, "second pass");
        Fixtures.signIn(world.advisorA);
        workflow.startReview(assessment);
        workflow.validate(assessment, null);
        // Validated: everyone is offered the results, nobody "continue".
        for (String person : List.of(world.coordinatorA1, world.memberA1, world.nationalA1B1, world.advisorA)) {
            assertThat(continueButtons(person)).as(person).isEmpty();
            assertThat($(Button.class).withClassName("read-results").single().getText())
                    .as(person)
                    .isEqualTo(translation("home.read-results"));
        }
    }

    /** The elements the server asked the browser to scroll into view, in order. */
    private static List<Element> scrolledIntoView() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(pending -> pending.getInvocation().getExpression().contains("scrollIntoView"))
                .map(pending -> Element.get(pending.getOwner()))
                .toList();
    }

    private int itemsInScope() {
        return assessments.themesInScope(assessment).stream()
                .mapToInt(theme -> theme.items().size())
                .sum();
    }

    private Button cardOf(String username) {
        return continueButtons(username).getFirst();
    }

    /** Signs in and opens the home page afresh (through another page, so that it is built again). */
    private void homeAs(String username) {
        Fixtures.signIn(username);
        navigate("about", Component.class);
        navigate(HomeView.class);
    }

    private List<Button> continueButtons(String username) {
        homeAs(username);
        return $(Button.class).withClassName("continue-round").all();
    }

    private String nextStep(String username) {
        homeAs(username);
        return $(Paragraph.class).withClassName("workflow-next").first().getText();
    }

    private static String translation(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    @Test
    void aCityWithoutARoundIsToldWhatAnAssessmentInvolves() {
        Fixtures.signIn(world.coordinatorA2);
        navigate(HomeView.class);
        assertThat($(Div.class)
                        .withClassName("first-steps")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains(translation("home.steps.start"));
        assertThat($(Button.class).withClassName("start-assessment").single().getThemeNames())
                .contains("primary");
        assertThat($(Checkbox.class).withClassName("peer-consent").all())
                .as("nothing to share yet")
                .isEmpty();
    }

    @Test
    void memberCannotStartAndAdvisorSeesOnlyTheHubsCities() {
        Fixtures.signIn(world.memberA1);
        navigate(HomeView.class);
        assertThat($(Button.class).withClassName("start-assessment").all()).isEmpty();

        homeAs(world.advisorA);
        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .containsExactlyInAnyOrder(
                        translation("home.to-review", 0), "City A1 " + suffix() + "", "City A2 " + suffix() + "");
        assertThat($(Button.class).withClassName("start-assessment").all()).isEmpty();
    }

    @Test
    void startDialogCreatesARoundAndRefusesADuplicateName() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(HomeView.class);
        test($(Button.class).withClassName("start-assessment").single()).click();
        StartAssessmentDialog dialog = $(StartAssessmentDialog.class).single();
        // What a target is for, and that it is not final, is said before the six selects.
        assertThat($(Paragraph.class, dialog).all())
                .extracting(Paragraph::getText)
                .contains(translation("start.targets.help"));
        TextField label = $(TextField.class, dialog).first();
        test(label).setValue("2026");
        test($(Button.class, dialog).withText(translation("start.submit")).single())
                .click();
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo(translation("assessment.error.round-exists"));

        test(label).setValue("2027 pilot");
        test($(Button.class, dialog).withText(translation("start.submit")).single())
                .click();
        assertThat(getCurrentView()).isInstanceOf(QuestionnaireView.class);
        assertThat(assessments.visibleAssessments())
                .extracting(summary -> summary.roundLabel())
                .contains("2027 pilot");
    }

    private String suffix() {
        String code = assessments.overview(assessment).city().name().en();
        return code.substring(code.lastIndexOf(' ') + 1);
    }
}
