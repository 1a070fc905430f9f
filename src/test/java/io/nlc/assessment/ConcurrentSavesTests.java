package io.nlc.assessment;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditKind;
import io.nlc.audit.AuditRecord;
import io.nlc.audit.AuditTrail;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Tier;
import io.nlc.organisation.Role;
import io.nlc.portfolio.HubPortfolio;
import io.nlc.portfolio.PortfolioMode;
import io.nlc.portfolio.PortfolioQuery;
import io.nlc.portfolio.PortfolioRow;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.WorldTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A city team answering together in a workshop: many members save different items of one round at the same
 * moment, while their coordinator changes targets. Only a real concurrent change of the same answer may be a
 * conflict, and no round-level field (last change, targets, resume positions, the portfolio's scores) may lose an
 * update. Run on H2 and PostgreSQL.
 */
abstract class ConcurrentSavesTests extends WorldTest {

    /** Members saving at once; each saves two different items, one per wave. */
    static final int PEOPLE = 24;

    @Autowired
    io.nlc.results.Results resultsService;

    @Autowired
    AssessmentService service;

    @Autowired
    HubPortfolio portfolio;

    @Autowired
    AuditTrail audit;

    @Autowired
    AssessmentRepository rounds;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void membersSavingDifferentItemsAtOnceGetNoConflictAndLoseNothing() throws Exception {
        signIn(world.coordinatorA1);
        long round = service.start(
                new NewAssessment(world.cityA1, "Workshop", Tier.DETAILED, Set.of("M1", "M2", "M3"), Map.of()));
        List<String> items = service.themesInScope(round).stream()
                .flatMap(theme -> theme.items().stream())
                .map(Item::id)
                .toList();
        assertThat(items).hasSizeGreaterThanOrEqualTo(2 * PEOPLE);
        List<String> people = members(PEOPLE);
        Map<String, Integer> targets = service.overview(round).targets();

        AtomicInteger conflicts = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, SavedAnswer> saved = new ConcurrentHashMap<>();
        List<Long> saveMillis = Collections.synchronizedList(new ArrayList<>());
        // The members and their coordinator, who changes a target in each wave.
        CyclicBarrier together = new CyclicBarrier(PEOPLE + 1);
        AtomicBoolean saving = new AtomicBoolean(true);
        AtomicInteger portfolioReads = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(PEOPLE + 2);
        try {
            // An advisor keeps reading the hub portfolio meanwhile, so its score cache sees intermediate states.
            Future<?> reader = threads.submit(() -> {
                signIn(world.advisorA);
                while (saving.get()) {
                    portfolioRow();
                    portfolioReads.incrementAndGet();
                }
                Fixtures.signOut();
                return null;
            });
            List<Future<?>> savers = new ArrayList<>();
            savers.add(threads.submit(() -> {
                signIn(world.coordinatorA1);
                for (String theme : List.of("T1", "T2")) {
                    together.await(2, TimeUnit.MINUTES);
                    try {
                        service.setTarget(round, theme, (targets.get(theme) + 1) % 5);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
                Fixtures.signOut();
                return null;
            }));
            for (int i = 0; i < PEOPLE; i++) {
                String person = people.get(i);
                List<String> mine = List.of(items.get(i), items.get(PEOPLE + i));
                int level = i % 5;
                savers.add(threads.submit(() -> {
                    signIn(person);
                    for (String item : mine) {
                        together.await(2, TimeUnit.MINUTES);
                        long start = System.nanoTime();
                        try {
                            saved.put(
                                    item,
                                    service.save(
                                            round, item, AnswerDraft.empty().withLevel(level), SavedAnswer.NEW));
                        } catch (AnswerConflictException e) {
                            conflicts.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                        saveMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    }
                    Fixtures.signOut();
                    return null;
                }));
            }
            for (Future<?> saver : savers) {
                saver.get(5, TimeUnit.MINUTES);
            }
            saving.set(false);
            reader.get(1, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }
        List<Long> millis = saveMillis.stream().sorted().toList();
        System.out.printf(
                "[concurrent-saves] %s: %d threads, %d saves, %d conflicts, %d failures,"
                        + " %d portfolio reads meanwhile, save median %d ms, slowest %d ms%n",
                getClass().getSimpleName(),
                PEOPLE,
                2 * PEOPLE,
                conflicts.get(),
                failures.size(),
                portfolioReads.get(),
                millis.get(millis.size() / 2),
                millis.getLast());

        assertThat(failures).as("failed saves").isEmpty();
        assertThat(conflicts.get()).as("false conflicts").isZero();

        signIn(world.coordinatorA1);
        Map<String, SavedAnswer> stored = service.answers(round);
        assertThat(stored).hasSize(2 * PEOPLE);
        for (int i = 0; i < 2 * PEOPLE; i++) {
            assertThat(stored.get(items.get(i)).draft().level())
                    .as(items.get(i))
                    .isEqualTo(i % PEOPLE % 5);
            assertThat(stored.get(items.get(i)).version())
                    .isEqualTo(saved.get(items.get(i)).version());
        }
        Instant lastSave = stored.values().stream()
                .map(SavedAnswer::updatedAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<Instant> targetChanges = audit.entries(round, AuditFilter.all()).stream()
                .filter(entry -> entry.kind() == AuditKind.TARGET)
                .map(AuditRecord::at)
                .toList();
        assertThat(targetChanges).hasSize(2);
        Instant lastChange = targetChanges.stream().reduce(lastSave, (a, b) -> a.isAfter(b) ? a : b);
        AssessmentOverview overview = service.overview(round);
        assertThat(overview.updatedAt()).as("the round's last change").isEqualTo(lastChange);
        assertThat(overview.targets())
                .containsEntry("T1", (targets.get("T1") + 1) % 5)
                .containsEntry("T2", (targets.get("T2") + 1) % 5);

        for (int i = 0; i < PEOPLE; i++) {
            signIn(people.get(i));
            assertThat(service.lastPosition(round))
                    .as("where " + people.get(i) + " resumes")
                    .contains(items.get(PEOPLE + i));
        }

        signIn(world.advisorA);
        PortfolioRow row = portfolioRow();
        assertThat(row.assessmentId()).isEqualTo(round);
        assertThat(row.lastActivity()).isEqualTo(lastChange);
        assertThat(row.completeness())
                .as("the portfolio counts every answer")
                .isEqualTo(resultsService.results(round).score().completeness());
        assertThat(resultsService.results(round).score().answered()).isEqualTo(2 * PEOPLE);
    }

    @Test
    void membersSavingTheSameItemAtOnceGetOneWinnerAndConflictsCarryingItsValue() throws Exception {
        signIn(world.coordinatorA1);
        long round = service.start(new NewAssessment(world.cityA1, "Workshop", Tier.CORE, Set.of(), Map.of()));
        String item = service.themesInScope(round).getFirst().items().getFirst().id();
        int count = 8;
        List<String> people = members(count);

        List<SavedAnswer> winners = Collections.synchronizedList(new ArrayList<>());
        List<AnswerConflictException> conflicts = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier together = new CyclicBarrier(count);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<?>> savers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String person = people.get(i);
                int level = i % 5;
                savers.add(threads.submit(() -> {
                    signIn(person);
                    together.await(2, TimeUnit.MINUTES);
                    try {
                        winners.add(
                                service.save(round, item, AnswerDraft.empty().withLevel(level), SavedAnswer.NEW));
                    } catch (AnswerConflictException e) {
                        conflicts.add(e);
                    } finally {
                        Fixtures.signOut();
                    }
                    return null;
                }));
            }
            for (Future<?> saver : savers) {
                saver.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(winners).hasSize(1);
        assertThat(conflicts).hasSize(count - 1).allSatisfy(conflict -> {
            assertThat(conflict.current().draft()).isEqualTo(winners.getFirst().draft());
            assertThat(conflict.current().version())
                    .isEqualTo(winners.getFirst().version());
        });
        signIn(world.coordinatorA1);
        assertThat(service.answers(round).get(item).draft())
                .isEqualTo(winners.getFirst().draft());
    }

    @Test
    void aSaveWaitsForAChangeOfItsRoundInProgressLongerThanH2sDefaultLockTimeout() throws Exception {
        signIn(world.coordinatorA1);
        long round = service.start(new NewAssessment(world.cityA1, "Workshop", Tier.CORE, Set.of(), Map.of()));
        String item = service.themesInScope(round).getFirst().items().getFirst().id();
        CountDownLatch locked = new CountDownLatch(1);
        AtomicLong released = new AtomicLong();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // A change of the round that holds its row for 3 s, longer than H2's default lock timeout (2 s).
            Future<?> change = thread.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                rounds.findForChangeById(round).orElseThrow();
                locked.countDown();
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                released.set(System.nanoTime());
            }));
            assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();
            signIn(world.memberA1);
            SavedAnswer saved = service.save(round, item, AnswerDraft.empty().withLevel(2), SavedAnswer.NEW);
            assertThat(released.get()).as("the save waited for the change").isNotZero();
            assertThat(saved.version()).isZero();
            change.get(1, TimeUnit.MINUTES);
        } finally {
            thread.shutdownNow();
        }
    }

    private List<String> members(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> {
                    String name = "workshop-" + i + "-" + suffix;
                    setup.user(
                            name,
                            Fixtures.PASSWORD,
                            "Name of " + name,
                            Role.CITY_MEMBER,
                            world.cityA1,
                            null,
                            Language.EN);
                    return name;
                })
                .toList();
    }

    private PortfolioRow portfolioRow() {
        return portfolio
                .rows(
                        world.hubA,
                        new PortfolioQuery(PortfolioMode.IN_PROGRESS, null, PortfolioQuery.Sort.CITY, false),
                        0,
                        10)
                .stream()
                .filter(row -> row.city().id() == world.cityA1)
                .findFirst()
                .orElseThrow();
    }
}
