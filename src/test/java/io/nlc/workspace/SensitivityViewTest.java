package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AnswerDraft.Sensitivity;
import io.nlc.assessment.SavedAnswer;
import io.nlc.kernel.NativeCheckbox;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.NativeCheckboxTester;
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
        NativeCheckbox note = box(card, "comment-internal");
        assertThat(note.getValue()).isFalse();
        // The stylesheet shows the badge while the box is checked.
        assertThat(note.getElement().getProperty("innerHTML"))
                .contains("<span class=\"badge checked-badge\">Internal</span>");

        new NativeCheckboxTester(note).click();
        SavedAnswer stored = assessments.answers(assessment).get(itemId);
        assertThat(stored.draft().commentSensitivity()).isEqualTo(Sensitivity.INTERNAL);
        assertThat(stored.draft().evidenceSensitivity()).isEqualTo(Sensitivity.SHAREABLE);
        assertThat(note.getValue()).isTrue();

        new NativeCheckboxTester(box(card, "evidence-internal")).click();
        assertThat(assessments.answers(assessment).get(itemId).draft().evidenceSensitivity())
                .isEqualTo(Sensitivity.INTERNAL);

        Fixtures.signIn(world.advisorA);
        navigate(QuestionnaireView.class, id());
        ItemCard advisorsCard = $(ItemCard.class).withId("item-" + itemId).single();
        NativeCheckbox advisorsNote = box(advisorsCard, "comment-internal");
        assertThat(advisorsNote.getValue()).isTrue();
        assertThat(advisorsNote.isReadOnly()).isTrue();
        assertThat(advisorsNote.getElement().getProperty("innerHTML")).contains("checked disabled");
        assertThat(box(advisorsCard, "evidence-internal").getValue()).isTrue();
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
        new NativeCheckboxTester(box(card, "evidence-internal")).click();
        assertThat($(ConflictDialog.class).single()).isNotNull();
        assertThat(assessments.answers(assessment).get(itemId).draft().evidenceSensitivity())
                .isEqualTo(Sensitivity.SHAREABLE);
    }

    private NativeCheckbox box(ItemCard card, String className) {
        return $(NativeCheckbox.class, card).withClassName(className).single();
    }
}
