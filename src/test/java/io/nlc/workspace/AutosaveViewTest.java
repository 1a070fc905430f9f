package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.kernel.ChoiceGroup;
import io.nlc.testsupport.ChoiceGroupTester;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.RefusedAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;

/** What the user sees when a save collides with someone else's, or when the database is briefly unreachable. */
@SpringBootTest
class AutosaveViewTest extends ViewTestSupport {

    @Autowired
    FrameworkCatalog catalog;

    @Autowired
    DataSource dataSource;

    @Test
    void aConflictShowsBothValuesAndKeepMineSavesOverTheOtherVersion() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        ItemCard card = $(ItemCard.class).first();
        String itemId = card.item().id();

        Fixtures.signIn(world.secondMemberA1);
        SavedAnswer theirs = assessments.save(
                assessment, itemId, AnswerDraft.empty().withLevel(4).withComment("Decision 2024/17"), SavedAnswer.NEW);

        Fixtures.signIn(world.memberA1);
        new ChoiceGroupTester<>(levels(card)).select(Choice.L1);
        ConflictDialog dialog = $(ConflictDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("Decision 2024/17");
        assertThat(assessments.answers(assessment).get(itemId).draft().level())
                .as("nothing overwritten")
                .isEqualTo(4);

        test($(Button.class, dialog).withClassName("keep-mine").single()).click();
        SavedAnswer stored = assessments.answers(assessment).get(itemId);
        assertThat(stored.draft().level()).isEqualTo(1);
        assertThat(stored.version()).isEqualTo(theirs.version() + 1);
        assertThat(levels(card).getValue()).isEqualTo(Choice.L1);
    }

    @Test
    void keepTheirsShowsTheOtherValueAndSavesNothing() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        ItemCard card = $(ItemCard.class).first();
        String itemId = card.item().id();
        Fixtures.signIn(world.secondMemberA1);
        SavedAnswer theirs =
                assessments.save(assessment, itemId, AnswerDraft.empty().withLevel(3), SavedAnswer.NEW);

        Fixtures.signIn(world.memberA1);
        new ChoiceGroupTester<>(levels(card)).select(Choice.L0);
        test($(Button.class, $(ConflictDialog.class).single())
                        .withClassName("keep-theirs")
                        .single())
                .click();
        assertThat(levels(card).getValue()).isEqualTo(Choice.L3);
        assertThat(assessments.answers(assessment).get(itemId).version()).isEqualTo(theirs.version());
    }

    @Test
    void aFailedSaveIsShownKeptAndRetriedUntilItGoesThrough() {
        Fixtures.signIn(world.memberA1);
        Item item = catalog.current().theme("T1").orElseThrow().items().getFirst();
        AtomicInteger attempts = new AtomicInteger();
        List<String> events = new ArrayList<>();
        ItemCard card = new ItemCard(
                item,
                catalog.current(),
                io.nlc.content.Language.EN,
                assessment,
                SavedAnswer.unanswered(item.id()),
                false,
                (itemId, draft, version, why) -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new DataAccessResourceFailureException("database unreachable");
                    }
                    return assessments.save(assessment, itemId, draft, version, why);
                },
                (itemId, version) -> {
                    throw new AssertionError("nothing was carried over");
                },
                new ItemCard.Listener() {
                    @Override
                    public void saved(ItemCard saved) {
                        events.add("saved");
                    }

                    @Override
                    public void failed(ItemCard failed) {
                        events.add("failed");
                    }
                });
        UI.getCurrent().add(card);

        new ChoiceGroupTester<>(levels(card)).select(Choice.L3);
        assertThat(events).containsExactly("failed");
        assertThat(card.hasPendingSave()).isTrue();
        assertThat(levels(card).getValue())
                .as("the user's choice stays on screen")
                .isEqualTo(Choice.L3);
        assertThat(statusOf(card)).isEqualTo(UI.getCurrent().getTranslation("item.status.failed"));
        assertThat(assessments.answers(assessment)).isEmpty();

        card.retry();
        assertThat(events).containsExactly("failed", "saved");
        assertThat(card.hasPendingSave()).isFalse();
        assertThat(assessments.answers(assessment).get(item.id()).draft().level())
                .isEqualTo(3);
    }

    @Test
    void aSaveTheDatabaseRefusesShowsNotSavedOpensNoConflictAndIsRetriedByPolling() {
        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        ItemCard card = $(ItemCard.class).first();
        UI ui = UI.getCurrent();

        try (RefusedAnswers refused = new RefusedAnswers(dataSource, assessment, 3)) {
            new ChoiceGroupTester<>(levels(card)).select(Choice.L3);
            assertThat($(ConflictDialog.class).all()).as("not a conflict").isEmpty();
            assertThat(statusOf(card)).isEqualTo(ui.getTranslation("item.status.failed"));
            assertThat(card.hasPendingSave()).isTrue();
            assertThat(ui.getPollInterval()).as("retrying").isPositive();
            assertThat(assessments.answers(assessment)).isEmpty();
        }

        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(card.hasPendingSave()).isFalse();
        assertThat(statusOf(card)).isEqualTo(ui.getTranslation("item.status.saved"));
        assertThat(assessments.answers(assessment).get(card.item().id()).draft().level())
                .isEqualTo(3);
        assertThat(ui.getPollInterval()).as("polling stops once saved").isNegative();
    }

    @SuppressWarnings("unchecked")
    private ChoiceGroup<Choice> levels(ItemCard card) {
        return $(ChoiceGroup.class, card).withClassName("level-choice").single();
    }
}
