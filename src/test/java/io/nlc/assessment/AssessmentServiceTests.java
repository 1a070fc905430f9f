package io.nlc.assessment;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AnswerDraft.Sensitivity;
import io.nlc.assignment.Assignments;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.Theme;
import io.nlc.content.Tier;
import io.nlc.discussion.Discussion;
import io.nlc.discussion.Discussions;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.results.AssessmentResults;
import io.nlc.scoring.AnswerState;
import io.nlc.scoring.ThemeScore;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.RefusedAnswers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** Service behaviour that must hold on every database: run by an H2 and a PostgreSQL subclass. */
abstract class AssessmentServiceTests {

    @Autowired
    io.nlc.results.Results resultsService;

    @Autowired
    AssessmentService service;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    FrameworkCatalog catalog;

    @Autowired
    Discussions comments;

    @Autowired
    Assignments assignments;

    @Autowired
    DataSource dataSource;

    @Autowired
    io.nlc.audit.AuditTrail auditTrail;

    Fixtures world;
    long assessment;
    Item firstCoreItem;
    Item secondCoreItem;

    @BeforeEach
    void createWorldAndRound() {
        world = new Fixtures(setup);
        signIn(world.coordinatorA1);
        assessment = service.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of("T1", 4)));
        Theme t1 = catalog.current().theme("T1").orElseThrow();
        List<Item> core = t1.itemsFor(Tier.CORE);
        firstCoreItem = core.get(0);
        secondCoreItem = core.get(1);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void coordinatorStartsRoundPinnedToCurrentFrameworkWithTargets() {
        AssessmentOverview overview = service.overview(assessment);
        assertThat(overview.frameworkVersion()).isEqualTo(catalog.current().version());
        assertThat(overview.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(overview.targets())
                .containsEntry("T1", 4)
                .containsEntry("T2", 3)
                .hasSize(6);
        assertThat(overview.canCoordinate()).isTrue();
        assertThat(service.themesInScope(assessment))
                .allSatisfy(theme -> assertThat(theme.items()).allMatch(item -> item.tier() == Tier.CORE));
    }

    @Test
    void badRoundSettingsAreRefusedAndNothingIsCreated() {
        int before = service.visibleAssessments().size();
        assertThatThrownBy(() -> service.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of())))
                .isInstanceOf(InvalidRoundInputException.class)
                .extracting("messageKey")
                .isEqualTo("assessment.error.round-exists");
        assertThatThrownBy(() -> service.start(new NewAssessment(world.cityA1, "  ", Tier.CORE, Set.of(), Map.of())))
                .isInstanceOf(InvalidRoundInputException.class);
        assertThatThrownBy(() ->
                        service.start(new NewAssessment(world.cityA1, "x".repeat(81), Tier.CORE, Set.of(), Map.of())))
                .isInstanceOf(InvalidRoundInputException.class);
        assertThatThrownBy(
                        () -> service.start(new NewAssessment(world.cityA1, "2027", Tier.CORE, Set.of("T9"), Map.of())))
                .isInstanceOf(InvalidRoundInputException.class);
        assertThatThrownBy(() ->
                        service.start(new NewAssessment(world.cityA1, "2028", Tier.CORE, Set.of(), Map.of("T1", 7))))
                .isInstanceOf(InvalidRoundInputException.class);
        assertThat(service.visibleAssessments()).hasSize(before);
    }

    @Test
    void everyAnswerIsSavedAtOnceWithItsVersion() {
        signIn(world.memberA1);
        AnswerDraft draft = AnswerDraft.empty()
                .withLevel(2)
                .withComment("Minutes of the 2025 council meeting")
                .withEvidence(List.of("https://example.org/minutes.pdf"))
                .withConfidence(Confidence.HIGH);
        SavedAnswer first = service.save(assessment, firstCoreItem.id(), draft, SavedAnswer.NEW);
        assertThat(first.version()).isZero();
        SavedAnswer second =
                service.save(assessment, firstCoreItem.id(), first.draft().withLevel(3), first.version());
        assertThat(second.version()).isEqualTo(1);

        SavedAnswer stored = service.answers(assessment).get(firstCoreItem.id());
        assertThat(stored.draft().level()).isEqualTo(3);
        assertThat(stored.draft().comment()).isEqualTo("Minutes of the 2025 council meeting");
        assertThat(stored.draft().evidence()).containsExactly("https://example.org/minutes.pdf");
        assertThat(stored.draft().confidence()).isEqualTo(Confidence.HIGH);
        assertThat(stored.updatedBy()).isEqualTo("Name of " + world.memberA1);
        assertThat(service.lastPosition(assessment)).contains(firstCoreItem.id());
    }

    @Test
    void sensitivityLabelsAreSavedWithTheAnswerVersionedAndInTheHistory() {
        signIn(world.memberA1);
        AnswerDraft draft = AnswerDraft.empty()
                .withLevel(2)
                .withComment("The police liaison rarely comes")
                .withEvidence(List.of("https://example.org/minutes.pdf"));
        SavedAnswer first = service.save(assessment, firstCoreItem.id(), draft, SavedAnswer.NEW);
        // Shareable unless the team says otherwise.
        assertThat(first.draft().commentSensitivity()).isEqualTo(Sensitivity.SHAREABLE);
        assertThat(first.draft().evidenceSensitivity()).isEqualTo(Sensitivity.SHAREABLE);

        SavedAnswer labelled = service.save(
                assessment,
                firstCoreItem.id(),
                first.draft().withCommentSensitivity(Sensitivity.INTERNAL),
                first.version());
        assertThat(labelled.version()).isEqualTo(first.version() + 1);
        // A label is part of the answer: a stale version is a conflict like any other change.
        assertThatThrownBy(() -> service.save(
                        assessment,
                        firstCoreItem.id(),
                        first.draft().withEvidenceSensitivity(Sensitivity.INTERNAL),
                        first.version()))
                .isInstanceOf(AnswerConflictException.class);

        signIn(world.advisorA);
        AnswerDraft stored = service.answers(assessment).get(firstCoreItem.id()).draft();
        assertThat(stored.commentSensitivity()).isEqualTo(Sensitivity.INTERNAL);
        assertThat(stored.evidenceSensitivity()).isEqualTo(Sensitivity.SHAREABLE);
        assertThat(stored.forExport(false).comment()).isEmpty();
        assertThat(stored.forExport(false).evidence()).containsExactly("https://example.org/minutes.pdf");
        assertThat(stored.forExport(true).comment()).isEqualTo("The police liaison rarely comes");
        assertThat(stored.withEvidenceSensitivity(Sensitivity.INTERNAL)
                        .forExport(false)
                        .evidence())
                .isEmpty();

        List<io.nlc.audit.AuditRecord> trail =
                auditTrail.entries(assessment, new io.nlc.audit.AuditFilter(null, firstCoreItem.id(), null, null));
        assertThat(trail).anySatisfy(entry -> {
            assertThat(entry.oldAnswer()).isNotNull();
            assertThat(entry.oldAnswer().commentSensitivity()).isEqualTo(Sensitivity.SHAREABLE);
            assertThat(entry.newAnswer()).isNotNull();
            assertThat(entry.newAnswer().commentSensitivity()).isEqualTo(Sensitivity.INTERNAL);
        });
    }

    @Test
    void aHistoryEntryWrittenBeforeLabelsReadsAsShareable() {
        AnswerDraft old = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readValue(
                        "{\"state\":\"LEVEL\",\"level\":2,\"comment\":\"x\",\"evidence\":[],\"confidence\":null}",
                        AnswerDraft.class);
        assertThat(old.commentSensitivity()).isEqualTo(Sensitivity.SHAREABLE);
        assertThat(old.evidenceSensitivity()).isEqualTo(Sensitivity.SHAREABLE);
    }

    @Test
    void aStaleVersionIsAConflictThatCarriesTheOtherValueAndChangesNothing() {
        signIn(world.memberA1);
        SavedAnswer mine =
                service.save(assessment, firstCoreItem.id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);

        signIn(world.secondMemberA1);
        assertThatThrownBy(() -> service.save(
                        assessment, firstCoreItem.id(), AnswerDraft.empty().withLevel(4), SavedAnswer.NEW))
                .isInstanceOfSatisfying(AnswerConflictException.class, conflict -> {
                    assertThat(conflict.current().draft().level()).isEqualTo(1);
                    assertThat(conflict.current().updatedBy()).isEqualTo("Name of " + world.memberA1);
                    assertThat(conflict.current().version()).isEqualTo(mine.version());
                });
        SavedAnswer updated =
                service.save(assessment, firstCoreItem.id(), mine.draft().withLevel(2), mine.version());
        assertThat(updated.version()).isEqualTo(mine.version() + 1);

        signIn(world.memberA1);
        assertThatThrownBy(() -> service.save(
                        assessment, firstCoreItem.id(), AnswerDraft.empty().withLevel(0), mine.version()))
                .isInstanceOf(AnswerConflictException.class);
        assertThat(service.answers(assessment).get(firstCoreItem.id()).draft().level())
                .isEqualTo(2);
    }

    @Test
    void aWriteTheDatabaseRefusesIsAFailureToRetryNotAConflict() {
        signIn(world.memberA1);
        SavedAnswer first =
                service.save(assessment, firstCoreItem.id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        try (RefusedAnswers refused = new RefusedAnswers(dataSource, assessment, 3)) {
            assertThatThrownBy(() -> service.save(
                            assessment, secondCoreItem.id(), AnswerDraft.empty().withLevel(3), SavedAnswer.NEW))
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> service.save(
                            assessment, firstCoreItem.id(), first.draft().withLevel(3), first.version()))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(service.answers(assessment)).containsOnlyKeys(firstCoreItem.id());

        // Retried from the versions the user had, both go through.
        assertThat(service.save(
                                assessment,
                                secondCoreItem.id(),
                                AnswerDraft.empty().withLevel(3),
                                SavedAnswer.NEW)
                        .version())
                .isZero();
        assertThat(service.save(assessment, firstCoreItem.id(), first.draft().withLevel(3), first.version())
                        .version())
                .isEqualTo(first.version() + 1);
    }

    @Test
    void invalidAnswersAreRefusedAndNothingIsSaved() {
        signIn(world.memberA1);
        String item = firstCoreItem.id();
        assertInvalid(item, AnswerDraft.empty().withComment("x".repeat(2001)), "comment");
        assertInvalid(item, AnswerDraft.empty().withEvidence(List.of("javascript:alert(1)")), "evidence");
        assertInvalid(item, AnswerDraft.empty().withEvidence(List.of("ftp://example.org/file")), "evidence");
        assertInvalid(item, AnswerDraft.empty().withEvidence(List.of("https://")), "evidence");
        assertInvalid(item, new AnswerDraft(AnswerState.DONT_KNOW, 2, "", List.of(), null), "level");
        assertInvalid(item, new AnswerDraft(AnswerState.LEVEL, 5, "", List.of(), null), "level");
        String detailedItem = catalog.current().theme("T1").orElseThrow().items().stream()
                .filter(candidate -> candidate.tier() == Tier.DETAILED)
                .findFirst()
                .orElseThrow()
                .id();
        assertInvalid(detailedItem, AnswerDraft.empty().withLevel(2), "item");
        assertInvalid("T99.1", AnswerDraft.empty().withLevel(2), "item");
        assertThat(service.answers(assessment)).isEmpty();
    }

    private void assertInvalid(String item, AnswerDraft draft, String field) {
        assertThatThrownBy(() -> service.save(assessment, item, draft, SavedAnswer.NEW))
                .isInstanceOfSatisfying(
                        InvalidRoundInputException.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void resultsAreRecomputedFromAnswersWithActionsForTheBiggestGaps() {
        signIn(world.memberA1);
        service.save(assessment, firstCoreItem.id(), AnswerDraft.empty().withLevel(0), SavedAnswer.NEW);
        service.save(
                assessment, secondCoreItem.id(), AnswerDraft.empty().withState(AnswerState.DONT_KNOW), SavedAnswer.NEW);

        AssessmentResults results = resultsService.results(assessment);
        ThemeScore t1 = results.score().themes().getFirst();
        assertThat(t1.themeId()).isEqualTo("T1");
        assertThat(t1.score()).isEqualTo(0.0);
        assertThat(t1.gap()).isEqualTo(4.0);
        assertThat(t1.dontKnow()).isEqualTo(1);
        assertThat(results.score().index()).isEqualTo(0.0);
        assertThat(results.score().priorities()).extracting(ThemeScore::themeId).containsExactly("T1");
        assertThat(results.actionsByTheme()).containsOnlyKeys("T1");
        assertThat(results.actionsByTheme().get("T1")).isNotEmpty().allSatisfy(suggestion -> {
            assertThat(suggestion.becauseOfItems()).containsExactly(firstCoreItem.id());
            assertThat(suggestion.action().levels()).contains(0);
        });
    }

    @Test
    void unknownAssessmentIsNotFound() {
        assertThatThrownBy(() -> service.overview(987_654_321L)).isInstanceOf(AssessmentNotFoundException.class);
        assertThatThrownBy(() -> resultsService.results(987_654_321L)).isInstanceOf(AssessmentNotFoundException.class);
    }

    @Test
    void cityDataIsVisibleOnlyToItsTeamItsHubsAdvisorsAndAdministrators() {
        List<String> readers = List.of(world.memberA1, world.coordinatorA1, world.advisorA, world.admin);
        List<String> outsiders = List.of(world.coordinatorA2, world.memberB1, world.advisorB);
        Map<String, Consumer<Long>> readOperations = Map.ofEntries(
                Map.entry("overview", service::overview),
                Map.entry("answers", service::answers),
                Map.entry("results", resultsService::results),
                Map.entry("framework", service::framework),
                Map.entry("scope", service::scope),
                Map.entry("score", service::score),
                Map.entry("answersForResults", service::answersForResults),
                Map.entry("requireVisible", service::requireVisible),
                Map.entry("lastPosition", service::lastPosition),
                Map.entry("rememberPosition", id -> service.rememberPosition(id, firstCoreItem.id())));
        readOperations.forEach((name, operation) -> {
            for (String user : readers) {
                signIn(user);
                assertThatCode(() -> operation.accept(assessment))
                        .as(name + " by " + user)
                        .doesNotThrowAnyException();
            }
            for (String user : outsiders) {
                signIn(user);
                assertThatThrownBy(() -> operation.accept(assessment))
                        .as(name + " by " + user)
                        .isInstanceOf(NotPermittedException.class);
            }
        });
    }

    @Test
    void onlyTheCityTeamAnswersAndOnlyItsCoordinatorSetsTargetsAndStartsRounds() {
        for (String user : List.of(world.memberA1, world.coordinatorA1)) {
            signIn(user);
            SavedAnswer current = service.answers(assessment)
                    .getOrDefault(firstCoreItem.id(), SavedAnswer.unanswered(firstCoreItem.id()));
            assertThatCode(() -> service.save(
                            assessment, firstCoreItem.id(), AnswerDraft.empty().withLevel(1), current.version()))
                    .as(user)
                    .doesNotThrowAnyException();
        }
        for (String user : List.of(world.advisorA, world.admin, world.coordinatorA2, world.memberB1, world.advisorB)) {
            signIn(user);
            assertThatThrownBy(() -> service.save(
                            assessment, secondCoreItem.id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW))
                    .as(user)
                    .isInstanceOf(NotPermittedException.class);
        }
        for (String user : List.of(world.memberA1, world.advisorA, world.admin, world.coordinatorA2, world.memberB1)) {
            signIn(user);
            assertThatThrownBy(() -> service.setTarget(assessment, "T1", 2))
                    .as(user)
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> service.start(
                            new NewAssessment(world.cityA1, "other-" + user, Tier.CORE, Set.of(), Map.of())))
                    .as(user)
                    .isInstanceOf(NotPermittedException.class);
        }
        signIn(world.coordinatorA1);
        service.setTarget(assessment, "T1", 2);
        assertThat(service.overview(assessment).targets()).containsEntry("T1", 2);
        assertThatThrownBy(() -> service.setTarget(assessment, "T1", 5)).isInstanceOf(InvalidRoundInputException.class);
    }

    @Test
    void cityTeamAndAdvisorsDiscussAnItemAndAReplyReopensAResolvedThread() {
        signIn(world.memberA1);
        long thread = comments.start(assessment, firstCoreItem.id(), "Is the 2019 charter still valid?");
        signIn(world.advisorA);
        comments.reply(thread, "Only if the new council confirmed it");
        signIn(world.coordinatorA1);
        comments.resolve(thread, true);
        assertThat(comments.threads(assessment)).singleElement().satisfies(view -> {
            assertThat(view.open()).isFalse();
            assertThat(view.targetId()).isEqualTo(firstCoreItem.id());
            assertThat(view.messages())
                    .extracting(Discussion.Message::byAdvisor)
                    .containsExactly(false, true);
            assertThat(view.messages().get(1).author()).isEqualTo("Name of " + world.advisorA);
        });
        signIn(world.memberA1);
        comments.reply(thread, "It was confirmed in March");
        assertThat(comments.threads(assessment).getFirst().open()).isTrue();
        comments.start(assessment, "T1", "Theme-level question");
        assertThat(comments.threads(assessment))
                .extracting(Discussion::targetId)
                .containsExactly(firstCoreItem.id(), "T1");

        assertThatThrownBy(() -> comments.start(assessment, "T99.1", "x"))
                .isInstanceOf(InvalidRoundInputException.class);
        assertThatThrownBy(() -> comments.start(assessment, firstCoreItem.id(), "   "))
                .isInstanceOfSatisfying(
                        InvalidRoundInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("comment.error.empty"));
        for (String user : List.of(world.memberB1, world.advisorB, world.coordinatorA2)) {
            signIn(user);
            assertThatThrownBy(() -> comments.threads(assessment)).as(user).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> comments.reply(thread, "sneaky"))
                    .as(user)
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void openThreadsAreCountedForTheCitysOwnRoundsOnlyAndOnlyForThoseWhoMaySeeIt() {
        signIn(world.memberA1);
        comments.start(assessment, firstCoreItem.id(), "First question");
        comments.start(assessment, firstCoreItem.id(), "Second question");
        long resolved = comments.start(assessment, "T1", "Answered already");
        signIn(world.coordinatorA1);
        comments.resolve(resolved, true);
        signIn(world.coordinatorA2);
        long otherCity = service.start(new NewAssessment(world.cityA2, "2026", Tier.CORE, Set.of(), Map.of()));
        comments.start(otherCity, firstCoreItem.id(), "Another city's question");

        signIn(world.memberA1);
        assertThat(comments.openThreadCounts(world.cityA1, List.of(assessment, otherCity)))
                .as("another city's round counts nothing, a resolved thread neither")
                .isEqualTo(Map.of(assessment, Map.of(firstCoreItem.id(), 2)));
        assertThat(comments.openThreadCounts(world.cityA1, List.of())).isEmpty();
        for (String user : List.of(world.memberB1, world.advisorB, world.coordinatorA2)) {
            signIn(user);
            assertThatThrownBy(() -> comments.openThreadCounts(world.cityA1, List.of(assessment)))
                    .as(user)
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void theCoordinatorDividesTheWorkAndEachPersonSeesTheirOpenItems() {
        List<String> t1 = catalog.current().theme("T1").orElseThrow().itemsFor(Tier.CORE).stream()
                .map(Item::id)
                .toList();
        long member = assignments.team(assessment).stream()
                .filter(person -> person.displayName().equals("Name of " + world.memberA1))
                .findFirst()
                .orElseThrow()
                .id();
        long second = assignments.team(assessment).stream()
                .filter(person -> person.displayName().equals("Name of " + world.secondMemberA1))
                .findFirst()
                .orElseThrow()
                .id();
        assignments.assign(assessment, "T1", member);
        assignments.assign(assessment, t1.get(1), second);

        signIn(world.memberA1);
        assertThat(assignments.myOpenItems(assessment))
                .containsExactlyElementsOf(
                        t1.stream().filter(id -> !id.equals(t1.get(1))).toList());
        service.save(assessment, t1.getFirst(), AnswerDraft.empty().withLevel(2), SavedAnswer.NEW);
        assertThat(assignments.myOpenItems(assessment))
                .doesNotContain(t1.getFirst())
                .hasSize(t1.size() - 2);
        assertThat(assignments.assignees(assessment).get("T1").id()).isEqualTo(member);
        assertThatThrownBy(() -> assignments.assign(assessment, "T1", second))
                .isInstanceOf(NotPermittedException.class);

        signIn(world.secondMemberA1);
        assertThat(assignments.myOpenItems(assessment)).containsExactly(t1.get(1));

        signIn(world.coordinatorA1);
        assertThatThrownBy(() -> assignments.assign(assessment, "T1", 987_654L))
                .isInstanceOfSatisfying(
                        InvalidRoundInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("assignment.error.not-in-team"));
        assignments.assign(assessment, "T1", null);
        assertThat(assignments.assignees(assessment)).containsOnlyKeys(t1.get(1));
        signIn(world.memberB1);
        assertThatThrownBy(() -> assignments.assignees(assessment)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void listsShowOnlyVisibleCities() {
        signIn(world.coordinatorA2);
        long a2 = service.start(new NewAssessment(world.cityA2, "2026", Tier.DETAILED, Set.of("M1"), Map.of()));
        signIn(world.memberB1);
        assertThat(service.visibleAssessments())
                .extracting(AssessmentSummary::id)
                .doesNotContain(assessment, a2);
        signIn(world.memberA1);
        assertThat(service.visibleAssessments())
                .extracting(AssessmentSummary::id)
                .containsExactly(assessment);
        signIn(world.advisorA);
        assertThat(service.visibleAssessments())
                .extracting(AssessmentSummary::id)
                .contains(assessment, a2);
        signIn(world.advisorB);
        assertThat(service.visibleAssessments())
                .extracting(AssessmentSummary::id)
                .doesNotContain(assessment, a2);
        signIn(world.admin);
        assertThat(service.visibleAssessments())
                .extracting(AssessmentSummary::id)
                .contains(assessment, a2);
        assertThat(service.themesInScope(a2))
                .extracting(Theme::id)
                .contains("T1", "T6", "M1")
                .doesNotContain("M2");
    }
}
