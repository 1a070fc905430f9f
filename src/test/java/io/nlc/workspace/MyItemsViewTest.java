package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.SavedAnswer;
import io.nlc.assignment.Assignments;
import io.nlc.content.Item;
import io.nlc.content.Theme;
import io.nlc.testsupport.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyItemsViewTest extends ViewTestSupport {

    @Autowired
    Assignments assignments;

    @Test
    void listsTheAssignedItemsEachLinkingToTheQuestionnaireAtThatItem() {
        Theme t1 = assignT1ToMember();

        Fixtures.signIn(world.memberA1);
        navigate(MyItemsView.class);
        List<RouterLink> links =
                $(RouterLink.class).withClassName("my-item-link").all();
        assertThat(links).hasSize(t1.items().size());
        Item first = t1.items().getFirst();
        assertThat(links.getFirst().getText())
                .startsWith(io.nlc.base.Formats.isolate(first.id()) + " · ")
                .endsWith(first.question().en());
        assertThat(links.getFirst().getHref()).isEqualTo("assessments/" + assessment + "?item=" + first.id());
        assertThat($(H2.class).single().getText()).isEqualTo("2026");
        assertThat($(Paragraph.class).withClassName("empty-state").all()).isEmpty();
    }

    @Test
    void theQuestionnaireOpensAtTheItemInTheAddressAndOtherwiseResumes() {
        Theme t2 = assessments.themesInScope(assessment).get(1);
        Item wanted = t2.items().getLast();
        Fixtures.signIn(world.memberA1);
        openQuestionnaireAt(wanted.id());
        assertThat($(H2.class).withId("theme-title").single().getText())
                .isEqualTo(t2.name().en());
        assertThat($(ItemCard.class).withId("item-" + wanted.id()).single().hasClassName("targeted"))
                .isTrue();

        navigate("about", com.vaadin.flow.component.Component.class);
        openQuestionnaireAt("NOPE");
        assertThat($(H2.class).withId("theme-title").single().getText())
                .as("an unknown item falls back to the first theme (no position yet)")
                .isEqualTo(
                        assessments.themesInScope(assessment).getFirst().name().en());
        assertThat($(Div.class).withClassName("targeted").all()).isEmpty();
    }

    @Test
    void emptyStatesSayWhetherNothingIsAssignedOrEverythingIsAnswered() {
        Fixtures.signIn(world.secondMemberA1);
        navigate(MyItemsView.class);
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo(UI.getCurrent().getTranslation("my-items.empty.nothing"));

        Theme t1 = assignT1ToMember();
        Fixtures.signIn(world.memberA1);
        for (Item item : t1.items()) {
            assessments.save(assessment, item.id(), AnswerDraft.empty().withLevel(3), SavedAnswer.NEW);
        }
        navigate(MyItemsView.class);
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo(UI.getCurrent().getTranslation("my-items.empty.all-answered"));
        test($(Checkbox.class).withClassName("open-only").single()).click();
        assertThat($(RouterLink.class).withClassName("my-item-link").all())
                .hasSize(t1.items().size());
    }

    @Test
    void theHomePageCountLinksHere() {
        assignT1ToMember();
        Fixtures.signIn(world.memberA1);
        navigate(HomeView.class);
        RouterLink count = $(RouterLink.class).withClassName("my-items").single();
        assertThat(count.getHref()).isEqualTo("my-items");
        test(count).click();
        assertThat(getCurrentView()).isInstanceOf(MyItemsView.class);
    }

    private void openQuestionnaireAt(String itemId) {
        UI.getCurrent()
                .navigate(
                        "assessments/" + assessment,
                        com.vaadin.flow.router.QueryParameters.of(MyItemsView.ITEM_PARAMETER, itemId));
        assertThat(getCurrentView()).isInstanceOf(QuestionnaireView.class);
    }

    private Theme assignT1ToMember() {
        Fixtures.signIn(world.coordinatorA1);
        Theme t1 = assessments.themesInScope(assessment).getFirst();
        long member = assignments.team(assessment).stream()
                .filter(person -> person.displayName().equals("Name of " + world.memberA1))
                .findFirst()
                .orElseThrow()
                .id();
        assignments.assign(assessment, t1.id(), member);
        return t1;
    }
}
