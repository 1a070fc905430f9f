package io.nlc.exchange;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AnswerDraft.Sensitivity;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.Confidence;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditRecord;
import io.nlc.audit.AuditTrail;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.content.Tier;
import io.nlc.discussion.Discussion;
import io.nlc.discussion.Discussions;
import io.nlc.organisation.CityDetails;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.organisation.Role;
import io.nlc.plan.ActionDraft;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.ActionStatus;
import io.nlc.plan.PlanFilter;
import io.nlc.plan.PlannedAction;
import io.nlc.results.AssessmentResults;
import io.nlc.results.Results;
import io.nlc.scoring.AnswerState;
import io.nlc.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON archive on every database: run by an H2 and a PostgreSQL subclass. */
abstract class AssessmentArchiveTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AssessmentArchive archives;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    Discussions discussions;

    @Autowired
    ActionPlans plans;

    @Autowired
    Results results;

    @Autowired
    AuditTrail trail;

    Fixtures world;
    /** The suffix of the world's names, to build the same organisations in a fresh installation. */
    String suffix;

    long assessment;
    List<Item> items;

    /** A second installation: the app on a fresh, empty database of the same kind. */
    abstract ConfigurableApplicationContext freshInstallation();

    @BeforeEach
    void createRound() {
        world = new Fixtures(setup);
        suffix = world.admin.substring("admin-".length());
        signIn(world.coordinatorA1);
        assessment = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        items = assessments.scope(assessment).themes().stream()
                .flatMap(theme -> theme.items().stream())
                .toList();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /**
     * The key test: a demo-like round (answers of both perspectives with notes, links, confidence and labels, a
     * changed target, discussions, a plan with notes, the review workflow) exported by an administrator and
     * imported into another installation with the same organisations gives identical scores, per theme and
     * overall, both perspectives, and the same answers, discussions, plan and history. A team member who has no
     * account there is kept as a name.
     */
    @Test
    void exportThenImportIntoAFreshInstallationGivesTheSameAssessment() {
        playDemoLikeRound();
        signIn(world.admin);
        byte[] file = archives.export(assessment, true);
        AssessmentResults before = results.results(assessment);
        Map<String, SavedAnswer> localBefore = assessments.answers(assessment);
        List<Discussion> threadsBefore = discussions.threads(assessment);
        List<PlannedAction> planBefore = plans.plan(world.cityA1, PlanFilter.all());
        List<AuditRecord> historyBefore = trail.entries(assessment, AuditFilter.all());
        assertThat(before.national()).isNotNull();

        try (ConfigurableApplicationContext other = freshInstallation()) {
            sameOrganisations(other.getBean(OrganisationSetup.class));
            signIn("admin-" + suffix, Role.ADMINISTRATOR);
            AssessmentArchive importer = other.getBean(AssessmentArchive.class);
            ArchivePreview preview = importer.preview(file, null);
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.unknownPeople()).containsExactly("Name of " + world.secondMemberA1);
            assertThat(preview.counts().answers()).isEqualTo(localBefore.size());
            assertThat(preview.counts().nationalAnswers()).isEqualTo(2);
            assertThat(preview.counts().threads()).isEqualTo(2);
            assertThat(preview.counts().actions()).isEqualTo(1);
            long imported = importer.apply(preview);

            AssessmentResults after = other.getBean(Results.class).results(imported);
            assertThat(after.score()).isEqualTo(before.score());
            assertThat(after.national().nationalScore())
                    .isEqualTo(before.national().nationalScore());
            assertThat(after.overview().status()).isEqualTo(AssessmentStatus.IN_REVIEW);
            assertThat(after.overview().targets()).isEqualTo(before.overview().targets());

            Map<String, SavedAnswer> localAfter =
                    other.getBean(AssessmentService.class).answers(imported);
            assertThat(localAfter.keySet()).isEqualTo(localBefore.keySet());
            localBefore.forEach((item, answer) -> {
                assertThat(localAfter.get(item).draft()).as(item).isEqualTo(answer.draft());
                assertThat(localAfter.get(item).updatedBy()).as(item).isEqualTo(answer.updatedBy());
                assertThat(localAfter.get(item).updatedAt()).as(item).isEqualTo(answer.updatedAt());
            });
            assertThat(other.getBean(Discussions.class).threads(imported))
                    .usingRecursiveComparison()
                    .ignoringFields("id")
                    .isEqualTo(threadsBefore);
            long cityThere = other.getBean(AssessmentService.class)
                    .cityAssessments(preview.city().id())
                    .getFirst()
                    .cityId();
            assertThat(other.getBean(ActionPlans.class).plan(cityThere, PlanFilter.all()))
                    .usingRecursiveComparison()
                    .ignoringFields("id", "cityId", "assessmentId", "ownerUserId", "version", "overdue", "dueSoon")
                    .isEqualTo(planBefore);

            List<AuditRecord> historyAfter = other.getBean(AuditTrail.class).entries(imported, AuditFilter.all());
            // Newest first: the import itself, under the importing administrator, then what the archive held.
            assertThat(historyAfter.getFirst().actor()).isEqualTo("Name of admin-" + suffix);
            assertThat(historyAfter.getFirst().note()).isEqualTo(AuditTrail.IMPORTED);
            assertThat(historyAfter.subList(1, historyAfter.size()))
                    .usingRecursiveComparison()
                    .ignoringFields("id", "actorId", "action.actionId")
                    .isEqualTo(historyBefore);
            assertThat(historyAfter).extracting(AuditRecord::actor).contains("Name of " + world.secondMemberA1);
        }
    }

    @Test
    void theExportFollowsItsPublishedSchema() throws Exception {
        playDemoLikeRound();
        signIn(world.advisorA);
        JsonNode tree = JSON.readTree(archives.export(assessment, true));
        Schema schema;
        try (var in = getClass().getResourceAsStream(AssessmentArchive.SCHEMA_RESOURCE)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
        assertThat(schema.validate(tree)).isEmpty();
        assertThat(tree.get("schema").asString()).isEqualTo("nlc-assessment-archive");
        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(tree.get("history").size()).isPositive();
        // The schema is strict: a field it does not know, or a level of 5, is refused.
        ((ObjectNode) tree).put("extra", true);
        assertThat(schema.validate(tree)).isNotEmpty();
    }

    @Test
    void onlyThoseWhoMaySeeTheCityExportIt() {
        for (String outsider : List.of(world.coordinatorA2, world.memberB1, world.advisorB, world.raterA1)) {
            signIn(outsider);
            assertThatThrownBy(() -> archives.export(assessment, false))
                    .as(outsider)
                    .isInstanceOf(NotPermittedException.class);
        }
        for (String insider : List.of(world.memberA1, world.advisorA, world.admin, world.nationalA1B1)) {
            signIn(insider);
            assertThat(archives.archive(assessment, false).round().label()).isEqualTo("2026");
        }
    }

    @Test
    void internalMaterialAndBlindNationalRatingsStayOutUnlessAllowed() {
        signIn(world.memberA1);
        SavedAnswer first = assessments.save(
                assessment,
                items.get(0).id(),
                AnswerDraft.empty()
                        .withLevel(2)
                        .withComment("Candid: the governor's office stalls")
                        .withEvidence(List.of("https://intranet.example.org/secret-minutes"))
                        .withCommentSensitivity(Sensitivity.INTERNAL)
                        .withEvidenceSensitivity(Sensitivity.INTERNAL),
                SavedAnswer.NEW);
        assessments.save(
                assessment,
                items.get(0).id(),
                first.draft().withComment("Candid: the governor's office stalls again"),
                first.version());
        discussions.start(assessment, items.get(0).id(), "Private thread text");
        signIn(world.nationalA1B1);
        assessments.save(assessment, items.get(1).id(), AnswerDraft.empty().withLevel(4), SavedAnswer.NEW);

        signIn(world.coordinatorA1);
        String shareable = new String(archives.export(assessment, false), StandardCharsets.UTF_8);
        assertThat(shareable).doesNotContain("governor", "secret-minutes", "Private thread", "NATIONAL");
        Archive team = archives.archive(assessment, true);
        assertThat(team.includesNational()).isFalse();
        assertThat(new String(archives.export(assessment, true), StandardCharsets.UTF_8))
                .contains("governor's office stalls again", "secret-minutes", "Private thread text");

        signIn(world.advisorA);
        Archive advisor = archives.archive(assessment, false);
        assertThat(advisor.includesNational()).isTrue();
        assertThat(advisor.answers())
                .anySatisfy(answer -> assertThat(answer.perspective().name()).isEqualTo("NATIONAL"));
    }

    @Test
    void onlyAdministratorsImport() {
        signIn(world.admin);
        byte[] file = archives.export(assessment, false);
        for (String other : List.of(world.advisorA, world.coordinatorA1, world.nationalA1B1)) {
            signIn(other);
            assertThatThrownBy(() -> archives.preview(file, world.cityA2))
                    .as(other)
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void badArchivesAreRefusedWithTheirPathAndNothingIsApplied() {
        signIn(world.memberA1);
        assessments.save(assessment, items.get(0).id(), AnswerDraft.empty().withLevel(3), SavedAnswer.NEW);
        signIn(world.admin);
        byte[] good = archives.export(assessment, false);

        assertThat(refusal(archives.preview("not json at all".getBytes(StandardCharsets.UTF_8), world.cityA2)))
                .containsExactly("$ archive.error.not-json");
        assertThat(refusal(archives.preview(new byte[AssessmentArchive.MAX_BYTES + 1], world.cityA2)))
                .containsExactly("$ archive.error.too-large");
        assertThat(refusal(archives.preview(edit(good, root -> root.put("schema", "other")), world.cityA2)))
                .containsExactly("$.schema archive.error.schema");
        assertThat(refusal(archives.preview(edit(good, root -> root.put("schemaVersion", 2)), world.cityA2)))
                .containsExactly("$.schemaVersion archive.error.schema-version");
        assertThat(refusal(archives.preview(
                        edit(good, root -> answer(root).put("itemId", "NO-SUCH-ITEM")), world.cityA2)))
                .containsExactly("$.answers[0].itemId archive.error.unknown-id");
        assertThat(refusal(archives.preview(
                        edit(good, root -> ((ObjectNode) answer(root).get("answer")).put("level", 7)), world.cityA2)))
                .anyMatch(problem -> problem.startsWith("$.answers[0].answer.level archive.error.invalid"));
        assertThat(refusal(archives.preview(
                        edit(good, root -> ((ObjectNode) answer(root).get("answer")).put("level", (Integer) null)),
                        world.cityA2)))
                .containsExactly("$.answers[0].answer.level answer.error.level");
        assertThat(refusal(archives.preview(
                        edit(good, root -> ((ObjectNode) root.get("round").get("city")).put("code", "NOWHERE")), null)))
                .containsExactly("$.round.city.code archive.error.city");
        assertThat(refusal(archives.preview(
                        edit(good, root -> ((ObjectNode) root.get("round")).put("frameworkVersion", 99)),
                        world.cityA2)))
                .containsExactly("$.round.frameworkVersion archive.error.framework");
        // Into the city the round came from: its label is taken.
        assertThat(refusal(archives.preview(good, null))).containsExactly("$.round.label archive.error.round-exists");

        assertThat(assessments.cityAssessments(world.cityA2)).isEmpty();
        ArchivePreview refused = archives.preview(edit(good, root -> root.put("schema", "other")), world.cityA2);
        assertThatThrownBy(() -> archives.apply(refused)).isInstanceOf(IllegalStateException.class);
        assertThat(assessments.cityAssessments(world.cityA2)).isEmpty();
    }

    @Test
    void aFailureDuringTheImportLeavesNothingBehind() {
        signIn(world.memberA1);
        assessments.save(assessment, items.get(0).id(), AnswerDraft.empty().withLevel(3), SavedAnswer.NEW);
        signIn(world.coordinatorA1);
        plans.create(
                world.cityA1,
                new ActionDraft(
                        assessment,
                        "Meet",
                        "",
                        null,
                        "Outside actor",
                        null,
                        null,
                        Set.of(items.get(0).id())));
        signIn(world.admin);
        // An owner name with a direction control passes the schema but not the plan's own check, after the round,
        // its answers and threads were written: all of it is rolled back.
        byte[] file = edit(
                archives.export(assessment, true),
                root -> ((ObjectNode) root.get("plan").get(0)).put("owner", "Outside\u202Eactor"));
        ArchivePreview preview = archives.preview(file, world.cityA2);
        assertThat(preview.problems()).isEmpty();
        assertThatThrownBy(() -> archives.apply(preview)).isInstanceOf(RuntimeException.class);
        assertThat(assessments.cityAssessments(world.cityA2)).isEmpty();
    }

    /** Answers of both perspectives, targets, discussions, a plan and the review workflow, as the demo plays them. */
    void playDemoLikeRound() {
        signIn(world.coordinatorA1);
        String theme = assessments.scope(assessment).themes().getFirst().id();
        assessments.setTarget(assessment, theme, 4);
        signIn(world.memberA1);
        for (int i = 0; i < items.size(); i++) {
            AnswerDraft draft = switch (i % 4) {
                case 0 ->
                    AnswerDraft.empty()
                            .withLevel(i % 5)
                            .withComment("Council decision " + i)
                            .withEvidence(List.of("https://city.example.org/doc/" + i))
                            .withConfidence(Confidence.HIGH);
                case 1 ->
                    AnswerDraft.empty()
                            .withLevel((i + 2) % 5)
                            .withComment("Internal view " + i)
                            .withCommentSensitivity(Sensitivity.INTERNAL)
                            .withConfidence(Confidence.LOW);
                case 2 -> AnswerDraft.empty().withState(AnswerState.NOT_APPLICABLE);
                default -> AnswerDraft.empty().withState(AnswerState.DONT_KNOW);
            };
            assessments.save(assessment, items.get(i).id(), draft, SavedAnswer.NEW);
        }
        // Someone who has no account in the other installation changes an answer.
        signIn(world.secondMemberA1);
        SavedAnswer current = assessments.answers(assessment).get(items.get(0).id());
        assessments.save(assessment, items.get(0).id(), current.draft().withLevel(3), current.version());
        long thread = discussions.start(assessment, items.get(1).id(), "Is the 2025 convention signed?");
        signIn(world.advisorA);
        discussions.reply(thread, "Please attach it.");
        discussions.start(assessment, theme, "Good progress on this theme.");
        signIn(world.coordinatorA1);
        discussions.resolve(thread, true);
        PlannedAction action = plans.create(
                world.cityA1,
                new ActionDraft(
                        assessment,
                        "Joint committee with the province",
                        "Monthly meetings",
                        null,
                        "Province office",
                        LocalDate.of(2026, 1, 10),
                        LocalDate.of(2026, 6, 30),
                        Set.of(items.get(0).id())));
        action = plans.addNote(action.id(), "First meeting held");
        plans.changeStatus(action.id(), action.version(), ActionStatus.IN_PROGRESS, null);
        signIn(world.nationalA1B1);
        assessments.save(assessment, items.get(0).id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        assessments.save(assessment, items.get(1).id(), AnswerDraft.empty().withLevel(4), SavedAnswer.NEW);
        signIn(world.coordinatorA1);
        workflow.submit(assessment, "Some items do not apply to us");
        signIn(world.advisorA);
        workflow.startReview(assessment);
    }

    /** The same hub, city and people (but one) as the world, in another installation. */
    void sameOrganisations(OrganisationSetup other) {
        String s = suffix;
        long hub = other.hub("A-" + s, new LocalizedText("Hub A " + s, "Hub A " + s + " (fr)", "Hub A " + s + " (ar)"));
        long city = other.city(
                "A1-" + s,
                new CityDetails(
                        hub,
                        new LocalizedText("City A1 " + s, "City A1 " + s + " (fr)", "City A1 " + s + " (ar)"),
                        "Province A",
                        "إقليم أ",
                        "Region A",
                        "جهة أ"));
        for (String username : List.of(world.coordinatorA1, world.memberA1)) {
            Role role = username.equals(world.coordinatorA1) ? Role.CITY_COORDINATOR : Role.CITY_MEMBER;
            other.user(username, Fixtures.PASSWORD, "Name of " + username, role, city, null, Language.EN);
        }
        other.user(
                world.advisorA,
                Fixtures.PASSWORD,
                "Name of " + world.advisorA,
                Role.HUB_ADVISOR,
                null,
                hub,
                Language.EN);
        other.user(
                world.admin, Fixtures.PASSWORD, "Name of " + world.admin, Role.ADMINISTRATOR, null, null, Language.EN);
        other.focalPoint(
                world.nationalA1B1, Fixtures.PASSWORD, "Name of " + world.nationalA1B1, Set.of(city), Language.EN);
    }

    static ObjectNode answer(ObjectNode root) {
        return (ObjectNode) root.get("answers").get(0);
    }

    static byte[] edit(byte[] file, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) JSON.readTree(file);
        change.accept(root);
        return JSON.writeValueAsBytes(root);
    }

    static List<String> refusal(ArchivePreview preview) {
        assertThat(preview.applicable()).isFalse();
        return preview.problems().stream()
                .map(problem -> problem.path() + " " + problem.messageKey())
                .toList();
    }
}
