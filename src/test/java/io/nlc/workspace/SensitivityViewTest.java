package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AnswerDraft.Sensitivity;
import io.nlc.assessment.SavedAnswer;
import io.nlc.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The item card labels its note and links internal or shareable, saves the label, and shows it as a badge. */
@SpringBootTest
class SensitivityViewTest extends ViewTestSupport {

    @Test
    void markingTheNoteInternalSavesItAndShowsTheBadgeToTheHub() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        ItemCard card = $(ItemCard.class).first();
        String itemId = card.item().id();
        Checkbox note =
                $(Checkbox.class, card).withClassName("comment-internal").single();
        Span noteBadge = badge(card, 0);
        assertThat(note.getValue()).isFalse();
        assertThat(noteBadge.isVisible()).as("shareable has no badge").isFalse();

        test(note).click();
        SavedAnswer stored = assessments.answers(assessment).get(itemId);
        assertThat(stored.draft().commentSensitivity()).isEqualTo(Sensitivity.INTERNAL);
        assertThat(stored.draft().evidenceSensitivity()).isEqualTo(Sensitivity.SHAREABLE);
        assertThat(noteBadge.isVisible()).isTrue();
        assertThat(noteBadge.getText()).isEqualTo("Internal");

        test($(Checkbox.class, card).withClassName("evidence-internal").single())
                .click();
        assertThat(assessments.answers(assessment).get(itemId).draft().evidenceSensitivity())
                .isEqualTo(Sensitivity.INTERNAL);

        Fixtures.signIn(world.advisorA);
        navigate(QuestionnaireView.class, id());
        ItemCard advisorsCard = $(ItemCard.class).withId("item-" + itemId).single();
        assertThat(badge(advisorsCard, 0).isVisible()).isTrue();
        assertThat(badge(advisorsCard, 1).isVisible()).isTrue();
        assertThat($(Checkbox.class, advisorsCard)
                        .withClassName("comment-internal")
                        .single()
                        .isReadOnly())
                .isTrue();
    }

    @Test
    void aLabelChangedMeanwhileBySomeoneElseIsAConflictNotAnOverwrite() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        ItemCard card = $(ItemCard.class).first();
        String itemId = card.item().id();
        Fixtures.signIn(world.secondMemberA1);
        assessments.save(
                assessment,
                itemId,
                AnswerDraft.empty().withComment("Theirs").withCommentSensitivity(Sensitivity.INTERNAL),
                SavedAnswer.NEW);

        Fixtures.signIn(world.memberA1);
        test($(Checkbox.class, card).withClassName("evidence-internal").single())
                .click();
        assertThat($(ConflictDialog.class).single()).isNotNull();
        assertThat(assessments.answers(assessment).get(itemId).draft().evidenceSensitivity())
                .isEqualTo(Sensitivity.SHAREABLE);
    }

    /** The badge beside the note's (0) or the links' (1) box, found even while hidden. */
    private Span badge(ItemCard card, int index) {
        Checkbox box = $(Checkbox.class, card)
                .withClassName(index == 0 ? "comment-internal" : "evidence-internal")
                .single();
        return (Span) box.getParent()
                .orElseThrow()
                .getChildren()
                .filter(child -> child.getElement().getClassList().contains("sensitivity-badge"))
                .findFirst()
                .orElseThrow();
    }
}
