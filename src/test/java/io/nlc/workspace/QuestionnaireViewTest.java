package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import io.nlc.assessment.SavedAnswer;
import io.nlc.kernel.ChoiceGroup;
import io.nlc.kernel.Markup;
import io.nlc.kernel.MarkupButton;
import io.nlc.kernel.NativeCheckbox;
import io.nlc.testsupport.ChoiceGroupTester;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.NativeCheckboxTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class QuestionnaireViewTest extends ViewTestSupport {

    @Test
    void choosingALevelSavesAtOnceAndUpdatesProgress() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        List<ItemCard> cards =
                $(ItemCard.class).all().stream().filter(ItemCard::isVisible).toList();
        assertThat(cards).isNotEmpty();
        ItemCard first = cards.getFirst();
        assertThat(statusOf(first)).isEqualTo(getTranslation("item.status.unanswered"));

        @SuppressWarnings("unchecked")
        ChoiceGroup<Choice> levels =
                $(ChoiceGroup.class, first).withClassName("level-choice").single();
        new ChoiceGroupTester<>(levels).select(Choice.L2);

        Map<String, SavedAnswer> saved = assessments.answers(assessment);
        assertThat(saved.get(first.item().id()).draft().level()).isEqualTo(2);
        assertThat(statusOf(first)).isEqualTo(getTranslation("item.status.saved"));
        MarkupButton themeButton =
                $(MarkupButton.class).withClassName("theme-button").first();
        assertThat(themeButton.getText()).contains("1/" + cards.size());
        assertThat(assessments.lastPosition(assessment)).contains(first.item().id());
    }

    /**
     * A save sends the browser only what changed: another level of an answered item draws neither the card's options
     * nor the theme select again (each save redrew all of them: new elements, and their bytes, every time).
     */
    @Test
    void changingTheLevelOfAnAnsweredItemRedrawsNeitherItsOptionsNorTheThemeSelect() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        ItemCard first = $(ItemCard.class).all().stream()
                .filter(ItemCard::isVisible)
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        ChoiceGroup<Choice> levels =
                $(ChoiceGroup.class, first).withClassName("level-choice").single();
        Component themes = $(io.nlc.kernel.NativeSelect.class)
                .withClassName("theme-select")
                .single();
        new ChoiceGroupTester<>(levels).select(Choice.L2);
        List<Element> options = descendants(levels.getElement());
        String markup = levels.getElement().getChild(0).getProperty("innerHTML");
        String themeMarkup = themes.getElement().getChild(0).getProperty("innerHTML");

        new ChoiceGroupTester<>(levels).select(Choice.L3);

        assertThat(assessments
                        .answers(assessment)
                        .get(first.item().id())
                        .draft()
                        .level())
                .isEqualTo(3);
        assertThat(statusOf(first)).isEqualTo(getTranslation("item.status.saved"));
        assertThat(descendants(levels.getElement())).as("the level options").containsExactlyElementsOf(options);
        assertThat(levels.getElement().getChild(0).getProperty("innerHTML"))
                .as("the options' markup")
                .isSameAs(markup);
        assertThat(themes.getElement().getChild(0).getProperty("innerHTML"))
                .as("the theme select, whose counts did not change")
                .isSameAs(themeMarkup);
    }

    private static List<Element> descendants(Element element) {
        List<Element> all = new java.util.ArrayList<>();
        element.getChildren().forEach(child -> {
            all.add(child);
            all.addAll(descendants(child));
        });
        return all;
    }

    @Test
    void aFinishedThemeSaysSoInItsButtonsWords() {
        Fixtures.signIn(world.memberA1);
        List<io.nlc.content.Theme> themes = assessments.themesInScope(assessment);
        for (io.nlc.content.Item item : themes.getFirst().items()) {
            assessments.save(
                    assessment, item.id(), io.nlc.assessment.AnswerDraft.empty().withLevel(2), SavedAnswer.NEW);
        }
        navigate(QuestionnaireView.class, id());
        List<MarkupButton> buttons =
                $(MarkupButton.class).withClassName("theme-button").all();
        assertThat(buttons.get(0).getText()).endsWith(" ✓");
        assertThat(buttons.get(1).getText()).doesNotContain("✓");
    }

    @Test
    void anInvalidEvidenceLinkIsShownNextToTheFieldAndNotSaved() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        ItemCard first = $(ItemCard.class).first();
        assertThat($(TextField.class, first).all())
                .as("the form waits behind its button")
                .isEmpty();
        TextField link = addEvidence(first, "javascript:alert(1)");
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).isEqualTo(getTranslation("answer.error.link"));
        assertThat(assessments.answers(assessment)).isEmpty();

        addEvidence(first, "https://commune.example.ma/deliberation-12.pdf");
        assertThat(link.isInvalid()).isFalse();
        assertThat(evidence(first)).containsExactly("https://commune.example.ma/deliberation-12.pdf");
    }

    @Test
    void anAddressTypedWithoutItsSchemeIsSavedAsAnHttpsLink() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        ItemCard first = $(ItemCard.class).first();
        TextField link = addEvidence(first, " www.fes.ma/plan-communal ");
        assertThat(link.isInvalid()).isFalse();
        assertThat(link.getValue()).as("cleared for the next link").isEmpty();
        addEvidence(first, "mailto:contact@fes.ma");
        assertThat(link.isInvalid()).as("not a web page: nothing is guessed").isTrue();
        assertThat(evidence(first)).containsExactly("https://www.fes.ma/plan-communal");
    }

    /** Types a link in the card's evidence form (opening it the first time) and presses its button. */
    private TextField addEvidence(ItemCard card, String typed) {
        if ($(TextField.class, card).all().isEmpty()) {
            test($(com.vaadin.flow.component.html.NativeButton.class, card)
                            .withClassName("add-evidence")
                            .single())
                    .click();
        }
        TextField link = $(TextField.class, card).single();
        test(link).setValue(typed);
        test($(Button.class, card)
                        .withText(getTranslation("item.evidence.add-button"))
                        .single())
                .click();
        return link;
    }

    private List<String> evidence(ItemCard card) {
        return assessments.answers(assessment).get(card.item().id()).draft().evidence();
    }

    @Test
    void unansweredOnlyHidesAnsweredItemsAndResumeReturnsToTheLastItem() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        List<ItemCard> cards =
                $(ItemCard.class).all().stream().filter(ItemCard::isVisible).toList();
        ItemCard second = cards.get(1);
        @SuppressWarnings("unchecked")
        ChoiceGroup<Choice> levels =
                $(ChoiceGroup.class, second).withClassName("level-choice").single();
        new ChoiceGroupTester<>(levels).select(Choice.NOT_APPLICABLE);

        new NativeCheckboxTester(
                        $(NativeCheckbox.class).withClassName("unanswered-only").single())
                .click();
        assertThat(second.isVisible()).isFalse();
        assertThat(cards.getFirst().isVisible()).isTrue();

        test($(MarkupButton.class).withClassName("theme-button").all().get(2)).click();
        assertThat($(ItemCard.class).all().stream()
                        .filter(ItemCard::isVisible)
                        .map(card -> card.item().id()))
                .allMatch(itemId -> itemId.startsWith("T3."));

        navigate(QuestionnaireView.class, id());
        assertThat($(ItemCard.class).all().stream()
                        .filter(ItemCard::isVisible)
                        .map(card -> card.item().id()))
                .allMatch(itemId -> itemId.startsWith("T3."));
    }

    @Test
    void aCommentOnAnItemIsPostedAndShownAsOpen() {
        Fixtures.signIn(world.advisorA);
        navigate(QuestionnaireView.class, id());
        ItemCard first = $(ItemCard.class).first();
        assertThat($(CommentsPanel.class, first).all())
                .as("no discussion yet: only the closed summary")
                .isEmpty();
        Markup folded = $(Markup.class, first).withClassName("comments-panel").single();
        assertThat(folded.getHtml())
                .isEqualTo("<summary>" + Markup.escape(getTranslation("discussion.summary.none")) + "</summary>");
        // A toggle that reports it closed (as a forged or late event could) builds nothing.
        toggleInBrowser(folded, false);
        assertThat($(CommentsPanel.class, first).all()).isEmpty();
        // The browser opens it and tells the server, which only then builds the panel, open, in its place.
        openInBrowser(folded);
        assertThat($(Markup.class, first).withClassName("comments-panel").all()).isEmpty();
        CommentsPanel panel = $(CommentsPanel.class, first).single();
        // The same event again, on the summary that is no longer on the page, builds no second panel.
        openInBrowser(folded);
        assertThat($(CommentsPanel.class, first).all()).containsExactly(panel);
        assertThat(panel.isOpen()).isTrue();
        assertThat(panel.getSummaryText()).isEqualTo(getTranslation("discussion.summary.none"));
        assertThat($(com.vaadin.flow.component.textfield.TextArea.class, panel).all())
                .as("no empty box until one chooses to write")
                .isEmpty();
        test($(Button.class, panel).withClassName("comment-write").single()).click();
        com.vaadin.flow.component.textfield.TextArea text = $(com.vaadin.flow.component.textfield.TextArea.class, panel)
                .withClassName("comment-text")
                .first();
        test(text).setValue("Which council decision is this based on?");
        test($(Button.class, panel).withClassName("comment-send").first()).click();
        assertThat(panel.getSummaryText())
                .isEqualTo(com.vaadin.flow.component.UI.getCurrent().getTranslation("discussion.summary.open", 1, 1L));
        assertThat($(com.vaadin.flow.component.textfield.TextArea.class, panel).all())
                .as("reply and new discussion wait behind their buttons")
                .isEmpty();
        assertThat($(Button.class, panel).withClassName("comment-write").all()).hasSize(2);
        assertThat(panel.getElement().getTextRecursively()).contains("Which council decision is this based on?");
        assertThat($(com.vaadin.flow.component.html.Div.class, panel)
                        .withClassName("by-advisor")
                        .all())
                .hasSize(1);
    }

    @Test
    void theCoordinatorAssignsAnItemAndTheMemberSeesWhoAnswersIt() {
        Fixtures.signIn(world.coordinatorA1);
        navigate(QuestionnaireView.class, id());
        ItemCard first = $(ItemCard.class).first();
        AssigneeSelect select = $(AssigneeSelect.class, first).single();
        new io.nlc.testsupport.NativeSelectTester<>(select).selectItem("Name of " + world.memberA1);

        Fixtures.signIn(world.memberA1);
        navigate("about", com.vaadin.flow.component.Component.class);
        navigate(QuestionnaireView.class, id());
        ItemCard card = $(ItemCard.class).first();
        assertThat($(AssigneeSelect.class, card).all()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Span.class, card)
                        .withClassName("assignee")
                        .single()
                        .getText())
                .isEqualTo(com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .getTranslation(
                                "assignment.answered-by", io.nlc.base.Formats.isolate("Name of " + world.memberA1)));
    }

    @Test
    void advisorsReadButCannotChangeAnswers() {
        Fixtures.signIn(world.advisorA);
        navigate(QuestionnaireView.class, id());
        ItemCard first = $(ItemCard.class).first();
        @SuppressWarnings("unchecked")
        ChoiceGroup<Choice> levels =
                $(ChoiceGroup.class, first).withClassName("level-choice").single();
        assertThat(levels.isReadOnly()).isTrue();
        assertThat($(TextField.class, first).all())
                .as("no visible field to add evidence")
                .isEmpty();
        assertThat($(com.vaadin.flow.component.html.NativeButton.class, first)
                        .withClassName("add-evidence")
                        .all())
                .as("nor a button that opens it")
                .isEmpty();
    }

    @Test
    void anotherCitysAssessmentAndUnknownIdsAreBothNotFound() {
        Fixtures.signIn(world.memberB1);
        navigate("assessments/" + assessment, com.vaadin.flow.component.Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo(getTranslation("error.not-found.title"));

        navigate("assessments/987654321", com.vaadin.flow.component.Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo(getTranslation("error.not-found.title"));
    }

    @Test
    void theChosenLevelIsMarkedSavedAndTheThemeSelectShowsProgressWithACheckWhenDone() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        List<ItemCard> cards = $(ItemCard.class).all();
        @SuppressWarnings("unchecked")
        io.nlc.kernel.NativeSelect<io.nlc.content.Theme> themes = $(io.nlc.kernel.NativeSelect.class)
                .withClassName("theme-select")
                .single();
        io.nlc.content.Theme first = themes.getValue();
        assertThat(themes.labelOf(first)).endsWith("0/" + cards.size());
        for (ItemCard card : cards) {
            @SuppressWarnings("unchecked")
            ChoiceGroup<Choice> levels =
                    $(ChoiceGroup.class, card).withClassName("level-choice").single();
            assertThat(levels.hasClassName("saved")).isFalse();
            new ChoiceGroupTester<>(levels).select(Choice.L3);
            assertThat(levels.hasClassName("saved"))
                    .as("'Saved' shows next to the chosen level")
                    .isTrue();
        }
        assertThat(themes.labelOf(first)).endsWith(cards.size() + "/" + cards.size() + " ✓");
        assertThat(themes.getElement().getChild(0).getProperty("innerHTML"))
                .as("the select shows the new count")
                .contains(Markup.escape(themes.labelOf(first)));

        io.nlc.content.Theme third = assessments.themesInScope(assessment).get(2);
        new io.nlc.testsupport.NativeSelectTester<>(themes).selectItem(themes.labelOf(third));
        assertThat($(ItemCard.class).all())
                .extracting(card -> card.item().id())
                .allMatch(item -> item.startsWith("T3."));
    }

    @Test
    void nextUnansweredOpensTheNextItemWithoutAnAnswerEvenInAnotherTheme() {
        Fixtures.signIn(world.memberA1);
        List<io.nlc.content.Theme> themes = assessments.themesInScope(assessment);
        for (io.nlc.content.Item item : themes.getFirst().items()) {
            assessments.save(
                    assessment, item.id(), io.nlc.assessment.AnswerDraft.empty().withLevel(2), SavedAnswer.NEW);
        }
        String second = themes.get(1).items().getFirst().id();
        navigate(QuestionnaireView.class, id());
        Button next = $(Button.class).withClassName("next-unanswered").single();
        assertThat(next.getThemeNames()).contains("primary");
        // Its words are in its long and short labels only (styles.css shows one): text of its own would show beside
        // both and, on a phone, squeeze the progress count to a column of letters.
        assertThat(next.getElement().getText()).isBlank();
        test(next).click();
        ItemCard targeted = $(ItemCard.class).all().stream()
                .filter(card -> card.hasClassName("targeted"))
                .findFirst()
                .orElseThrow();
        assertThat(targeted.item().id()).isEqualTo(second);
        test(next).click();
        assertThat($(ItemCard.class).all().stream()
                        .filter(card -> card.hasClassName("targeted"))
                        .map(card -> card.item().id()))
                .containsExactly(themes.get(1).items().get(1).id());

        Fixtures.signIn(world.coordinatorA1);
        navigate("about", com.vaadin.flow.component.Component.class);
        navigate(QuestionnaireView.class, id());
        Button submit = $(Button.class).withClassName("workflow-submit").single();
        assertThat(submit.getThemeNames())
                .as("submitting waits until the round is nearly complete")
                .doesNotContain("primary");
    }

    @Test
    void theUnansweredOnlyFilterIsRememberedWhenComingBack() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        new NativeCheckboxTester(
                        $(NativeCheckbox.class).withClassName("unanswered-only").single())
                .click();
        navigate("about", com.vaadin.flow.component.Component.class);
        navigate(QuestionnaireView.class, id());
        assertThat($(NativeCheckbox.class)
                        .withClassName("unanswered-only")
                        .single()
                        .getValue())
                .isTrue();
    }

    private static String getTranslation(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
