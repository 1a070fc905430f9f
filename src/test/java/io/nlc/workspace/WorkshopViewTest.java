package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.nlc.content.Item;
import io.nlc.testsupport.Fixtures;
import io.nlc.workshop.PanelItem;
import io.nlc.workshop.Raters;
import io.nlc.workshop.RatingDraft;
import io.nlc.workshop.WorkshopSession;
import io.nlc.workshop.Workshops;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Workshop mode on screen: the coordinator starts a session on a theme, participants join with the code on the
 * phone page and rate, the projector's tally follows through push, the keyboard moves between questions, and a
 * digit records the agreed level with the note as its reason, refused without one.
 */
@SpringBootTest
class WorkshopViewTest extends ViewTestSupport {

    @Autowired
    Workshops workshops;

    @Autowired
    Raters raters;

    @Test
    @SuppressWarnings("unchecked")
    void theFacilitatorDrivesTheQuestionsWithTheKeyboardAndADigitRecordsTheAgreedLevelWithTheNote() {
        List<Item> items = assessments.themesInScope(assessment).getFirst().items();
        Item first = items.get(0);
        Item second = items.get(1);
        // The projector's person is the one signed in on its session; everyone else acts from threads of their own.
        Fixtures.signInSession(VaadinSession.getCurrent(), world.coordinatorA1);
        Fixtures.signOut();
        navigate(WorkshopView.class, id());
        MultiSelectComboBox<String> what = $(MultiSelectComboBox.class).single();
        what.setValue(Set.of(first.themeId()));
        test($(Button.class).withClassName("start-workshop").single()).click();
        String code = workshops.current(assessment).orElseThrow().code();
        assertThat(text("workshop-code")).isEqualTo(code.substring(0, 3) + " " + code.substring(3));
        assertThat(text("workshop-position")).isEqualTo(tr("workshop.position", 1, items.size()));
        assertThat(text("tally-rated")).isEqualTo(tr("workshop.tally.rated", 0, 0));

        asOther(world.memberA1, () -> {
            workshops.join(code);
            raters.rate(assessment, first.id(), RatingDraft.level(1, ""), -1);
        });
        asOther(world.raterA1, () -> {
            workshops.join(code);
            raters.rate(assessment, first.id(), RatingDraft.level(3, ""), -1);
        });
        assertThat(awaitText("tally-rated", tr("workshop.tally.rated", 2, 2)))
                .as("the tally follows without a reload, read as the coordinator")
                .isEqualTo(tr("workshop.tally.rated", 2, 2));
        assertThat(leftOnThisThread())
                .as("the redraw leaves nobody signed in on the thread that ran it")
                .isNull();
        assertThat(text("tally-figures")).startsWith(tr("workshop.tally.median", "2.0"));

        fireShortcut(Key.ARROW_RIGHT);
        assertThat(text("workshop-position")).isEqualTo(tr("workshop.position", 2, items.size()));
        assertThat(workshops.current(assessment).map(WorkshopSession::currentItemId))
                .contains(second.id());
        $(TextArea.class).withClassName("workshop-note").single().setValue("Not for us");
        fireShortcut(Key.KEY_N);
        assertThat(text("agree-error")).as("nobody rated it yet").isEqualTo(tr("rating.error.no-ratings"));
        fireShortcut(Key.PAGE_UP);
        assertThat(text("workshop-position")).isEqualTo(tr("workshop.position", 1, items.size()));

        TextArea note = $(TextArea.class).withClassName("workshop-note").single();
        assertThat(note.getValue()).as("a new question starts a new note").isEmpty();
        fireShortcut(Key.DIGIT_2);
        assertThat(note.isInvalid()).as("no reason, nothing saved").isTrue();
        assertThat(note.getErrorMessage()).isEqualTo(tr("rating.error.reason"));
        assertThat(assessments.answers(assessment)).isEmpty();

        note.setValue("Police and team met halfway");
        fireShortcut(Key.DIGIT_2);
        assertThat(note.isInvalid()).isFalse();
        assertThat(assessments.answers(assessment).get(first.id()).level()).isEqualTo(2);
        PanelItem.Agreement agreement = raters.panel(assessment).get(first.id()).agreement();
        assertThat(agreement).isNotNull();
        assertThat(agreement.reason()).isEqualTo("Police and team met halfway");

        // The room changes its mind at once: the level is recorded again, and one confirmation says so, not two.
        note.setValue("On second thoughts, the police's view");
        fireShortcut(Key.DIGIT_3);
        assertThat(assessments.answers(assessment).get(first.id()).level()).isEqualTo(3);
        assertThat(openNotifications()).containsExactly(tr("workshop.agreed.done", first.id(), tr("item.level", 3)));
    }

    @Test
    void aParticipantJoinsWithTheCodeOnTheirPhoneAndSeesOnlyTheQuestionOnTheScreen() {
        Item first = assessments.themesInScope(assessment).getFirst().items().getFirst();
        WorkshopSession session = workshops.start(assessment, List.of(first.themeId()));

        Fixtures.signInSession(VaadinSession.getCurrent(), world.raterA1);
        Fixtures.signOut();
        navigate(WorkshopJoinView.class);
        TextField code = $(TextField.class).withClassName("join-code").single();
        code.setValue("ZZZZZZ".equals(session.code()) ? "YYYYYY" : "ZZZZZZ");
        test($(Button.class).withClassName("join-workshop").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(tr("workshop.error.code"));
        assertThat($(Section.class).withClassName("rating-card").all()).isEmpty();

        navigate(WorkshopJoinView.class, Map.of("code", session.code().toLowerCase()));
        assertThat($(Section.class).withClassName("rating-card").all())
                .as("only the question on the screen")
                .hasSize(1);
        assertThat($(Paragraph.class).withClassName("workshop-now").single().getText())
                .isEqualTo(tr("workshop.join.now", 1, session.itemIds().size()));

        asOther(world.coordinatorA1, () -> workshops.move(session.id(), 1));
        assertThat(awaitText(
                        "workshop-now",
                        tr("workshop.join.now", 2, session.itemIds().size())))
                .as("the phone follows the facilitator")
                .isEqualTo(tr("workshop.join.now", 2, session.itemIds().size()));
    }

    /** Someone else's action, from their own request thread. */
    private static void asOther(String username, Runnable action) {
        CompletableFuture.runAsync(() -> {
                    Fixtures.signIn(username);
                    try {
                        action.run();
                    } finally {
                        Fixtures.signOut();
                    }
                })
                .join();
    }

    /** Who this thread would act as once it serves no screen: the next request it serves would start as them. */
    private static @Nullable Authentication leftOnThisThread() {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        try {
            return SecurityContextHolder.getContext().getAuthentication();
        } finally {
            VaadinSession.setCurrent(session);
        }
    }

    private String text(String className) {
        return $(com.vaadin.flow.component.Component.class)
                .withClassName(className)
                .single()
                .getElement()
                .getTextRecursively();
    }

    /** Push redraws come from another thread: run the UI's pending tasks until the text shows, 20 s at most. */
    private String awaitText(String className, String expected) {
        Supplier<String> read = () -> text(className);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!read.get().equals(expected) && System.nanoTime() < until) {
            roundTrip();
            Thread.onSpinWait();
        }
        return read.get();
    }

    private static String tr(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }
}
