package io.nlc.workshop;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.kernel.InvalidInputException;
import io.nlc.organisation.NewUser;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.Role;
import io.nlc.scoring.AnswerState;
import io.nlc.testsupport.RoundTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Workshop sessions on every database (H2 and PostgreSQL subclasses): the join code and who it lets in, the item on
 * the projector, and the tally of the participants' ratings of it.
 */
abstract class WorkshopsTests extends RoundTest {

    @Autowired
    Workshops workshops;

    @Autowired
    Raters raters;

    @Autowired
    io.nlc.organisation.UserAdministration accounts;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    JdbcTemplate jdbc;

    String police;
    Item first;
    Item second;

    @BeforeEach
    void policeAccount() {
        signIn(world.coordinatorA1);
        police = "police-" + suffix;
        accounts.create(new NewUser(police, "Police " + suffix, Role.RATER, world.cityA1, null, Language.FR, Set.of()));
        first = roundItems.get(0);
        second = roundItems.get(1);
    }

    @Test
    void theCodeIsShortWithoutLookAlikesAndLetsTheCitysPeopleJoinEveryItemOfTheSession() {
        WorkshopSession session = workshops.start(round, List.of(first.themeId()));
        assertThat(session.code()).matches("[" + Workshops.ALPHABET + "]{6}");
        assertThat(session.itemIds())
                .startsWith(first.id(), second.id())
                .allMatch(id -> id.startsWith(first.themeId() + "."));
        assertThat(session.currentItemId()).isEqualTo(first.id());
        assertThat(workshops.current(round)).contains(session);

        signIn(world.memberA1);
        String typed = " " + session.code().toLowerCase().substring(0, 3) + "-"
                + session.code().substring(3);
        assertThat(workshops.join(typed).id())
                .as("case, spaces and dashes ignored")
                .isEqualTo(session.id());
        signIn(police, Role.RATER);
        workshops.join(session.code());
        assertThat(raters.myTasks()).extracting(task -> task.item().id()).containsExactlyElementsOf(session.itemIds());
        assertThat(workshops.participate(session.code()).task().item().id()).isEqualTo(first.id());

        signIn(world.coordinatorA1);
        assertThat(raters.panel(round).get(first.id()).raters())
                .extracting(PanelItem.Rater::name)
                .containsExactlyInAnyOrder("Name of " + world.memberA1, "Police " + suffix);
    }

    @Test
    void aWrongEndedOrExpiredCodeOrAnotherCitysPersonIsRefusedNextToTheCodeAndNothingIsJoined() {
        WorkshopSession session = workshops.start(round, List.of(first.id()));

        signIn(world.memberB1);
        refused(() -> workshops.join(session.code()), "workshop.error.code");
        signIn(world.advisorA);
        refused(() -> workshops.join(session.code()), "workshop.error.code");
        signIn(world.memberA1);
        refused(() -> workshops.join("ABC"), "workshop.error.code");
        refused(() -> workshops.join(otherCode(session.code())), "workshop.error.code");

        jdbc.update(
                "update workshop_session set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)),
                session.id());
        refused(() -> workshops.join(session.code()), "workshop.error.expired");
        refused(() -> workshops.participate(session.code()), "workshop.error.expired");

        signIn(world.coordinatorA1);
        assertThat(workshops.current(round)).isEmpty();
        WorkshopSession next = workshops.start(round, List.of(first.id()));
        assertThat(next.code()).isNotEqualTo(session.code());
        WorkshopSession replacing = workshops.start(round, List.of(second.id()));
        signIn(world.memberA1);
        refused(() -> workshops.join(next.code()), "workshop.error.expired");
        workshops.join(replacing.code());
        signIn(world.coordinatorA1);
        workshops.end(replacing.id());
        signIn(world.secondMemberA1);
        refused(() -> workshops.join(replacing.code()), "workshop.error.expired");

        signIn(world.coordinatorA1);
        assertThat(raters.panel(round))
                .as("only the member who joined the open session is on a panel")
                .containsOnlyKeys(second.id());
    }

    @Test
    void aRaterAccountCannotJoinOnceTheRoundIsSubmittedAndOnlyTheCoordinatorRunsTheSession() {
        WorkshopSession session = workshops.start(round, List.of(first.id()));
        signIn(world.memberA1);
        assertThatThrownBy(() -> workshops.start(round, List.of(first.id()))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workshops.move(session.id(), 1)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workshops.tally(session.id())).isInstanceOf(NotPermittedException.class);

        signIn(world.coordinatorA1);
        workflow.submit(round, "Pilot");
        signIn(police, Role.RATER);
        refused(() -> workshops.join(session.code()), "workshop.error.closed");
        signIn(world.coordinatorA1);
        assertThat(raters.panel(round)).isEmpty();
    }

    @Test
    void theFacilitatorMovesTheProjectorAndTheTallyIsTheSpreadOfTheCurrentItem() {
        WorkshopSession session = workshops.start(round, List.of(first.id(), second.id()));
        AtomicInteger signals = new AtomicInteger();
        Runnable unsubscribe = workshops.subscribe(round, signals::incrementAndGet);

        signIn(world.memberA1);
        workshops.join(session.code());
        raters.rate(round, first.id(), RatingDraft.level(1, ""), -1);
        signIn(world.secondMemberA1);
        workshops.join(session.code());
        raters.rate(round, first.id(), RatingDraft.level(3, ""), -1);
        signIn(police, Role.RATER);
        workshops.join(session.code());
        raters.rate(round, first.id(), new RatingDraft(AnswerState.DONT_KNOW, null, ""), -1);
        raters.rate(round, second.id(), RatingDraft.level(4, ""), -1);

        signIn(world.coordinatorA1);
        Tally tally = workshops.tally(session.id());
        assertThat(tally.itemId()).isEqualTo(first.id());
        assertThat(tally.perLevel()).containsExactly(0, 1, 0, 1, 0);
        assertThat(tally.dontKnow()).isEqualTo(1);
        assertThat(tally.median()).isEqualTo(2.0);
        assertThat(tally.rated()).isEqualTo(3);
        assertThat(tally.panel()).isEqualTo(3);

        assertThat(workshops.move(session.id(), 1).currentItemId()).isEqualTo(second.id());
        assertThat(workshops.move(session.id(), 9).currentIndex()).as("clamped").isEqualTo(1);
        Tally onSecond = workshops.tally(session.id());
        assertThat(onSecond.perLevel()).containsExactly(0, 0, 0, 0, 1);
        assertThat(onSecond.rated()).isEqualTo(1);
        signIn(world.memberA1);
        assertThat(workshops.participate(session.code()).task().item().id()).isEqualTo(second.id());

        signIn(world.coordinatorA1);
        raters.agree(round, second.id(), AnswerDraft.empty().withLevel(4), SavedAnswer.NEW, "Police know best");
        awaitCount(signals, 10);
        assertThat(signals.get()).as("3 joins, 4 ratings, 2 moves, 1 agreement").isEqualTo(10);
        unsubscribe.run();
        AtomicInteger later = new AtomicInteger();
        workshops.subscribe(round, later::incrementAndGet);
        workshops.move(session.id(), 0);
        awaitCount(later, 1);
        assertThat(signals.get()).as("unsubscribed").isEqualTo(10);
    }

    /** Listeners run on threads of their own after the commit. */
    private static void awaitCount(AtomicInteger count, int expected) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (count.get() < expected && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private static String otherCode(String code) {
        char last = code.charAt(5) == 'A' ? 'B' : 'A';
        return code.substring(0, 5) + last;
    }

    private static void refused(Executable call, String key) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("code");
            assertThat(refusal.messageKey()).isEqualTo(key);
        });
    }
}
