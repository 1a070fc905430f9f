package io.nlc.exchange;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentAnswers;
import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentRef;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentService.AnswerImport;
import io.nlc.assessment.AssessmentService.RoundImport;
import io.nlc.assessment.Perspective;
import io.nlc.assessment.SavedAnswer;
import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditKind;
import io.nlc.audit.AuditRecord;
import io.nlc.audit.AuditTrail;
import io.nlc.audit.AuditTrail.EntryImport;
import io.nlc.content.Framework;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.Theme;
import io.nlc.discussion.Discussion;
import io.nlc.discussion.Discussions;
import io.nlc.discussion.Discussions.MessageImport;
import io.nlc.discussion.Discussions.ThreadImport;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.TeamMember;
import io.nlc.organisation.UserAdministration;
import io.nlc.organisation.UserSummary;
import io.nlc.plan.ActionDraft;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.ActionPlans.ActionImport;
import io.nlc.plan.ActionPlans.NoteImport;
import io.nlc.plan.PlanFilter;
import io.nlc.plan.PlannedAction;
import io.nlc.plan.ProgressNote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON archive of an assessment ({@link Archive}). Export: everything is read through the checked services as
 * the signed-in user, so a city's data reaches those who may see the city (never a rater), the national ratings and
 * their history only where {@link AssessmentService#answersForResults} and the trail show them (blind rating), and
 * internal notes, links and discussions only when asked. Import: administrators only (it writes a city's history
 * under other people's names and sets a round's status without the review workflow, which no hub advisor may do);
 * the file is checked against the published JSON Schema and then against this installation (city, framework
 * version, items, levels, the round label) into an {@link ArchivePreview}, and {@link #apply} creates a new round
 * with its answers, threads, plan actions and history in one transaction, so all or nothing.
 */
@Service
public class AssessmentArchive {

    /** The largest file accepted: a full assessment with a long history is about 300 kB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public static final String JSON_TYPE = "application/json";
    static final String SCHEMA_RESOURCE = "/schemas/assessment-archive-v1.schema.json";

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    // Far beyond any real archive; refuses a file built to exhaust the parser.
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(64 * 1024)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final Schema SCHEMA = loadSchema();

    private final AssessmentService assessments;
    private final AuditTrail trail;
    private final Discussions discussions;
    private final ActionPlans plans;
    private final Organisation organisation;
    private final UserAdministration users;
    private final FrameworkCatalog catalog;
    private final Clock clock;

    AssessmentArchive(
            AssessmentService assessments,
            AuditTrail trail,
            Discussions discussions,
            ActionPlans plans,
            Organisation organisation,
            UserAdministration users,
            FrameworkCatalog catalog,
            Clock clock) {
        this.assessments = assessments;
        this.trail = trail;
        this.discussions = discussions;
        this.plans = plans;
        this.organisation = organisation;
        this.users = users;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The archive as a JSON file (UTF-8). */
    public byte[] export(long assessmentId, boolean includeInternal) {
        return JSON.writeValueAsBytes(archive(assessmentId, includeInternal));
    }

    /** The archive of an assessment as the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Archive archive(long assessmentId, boolean includeInternal) {
        AssessmentRef ref = assessments.requireVisible(assessmentId);
        AssessmentAnswers answers = assessments.answersForResults(assessmentId);
        AssessmentOverview overview = answers.overview();
        CityRef city = overview.city();
        Framework framework = answers.framework();
        List<Archive.Answer> saved = new ArrayList<>();
        addAnswers(saved, Perspective.LOCAL, answers.local(), includeInternal);
        if (answers.national() != null) {
            addAnswers(saved, Perspective.NATIONAL, answers.national(), includeInternal);
        }
        // Discussions are the team's and the hub's working conversation: internal, as in the other exports.
        List<Archive.Thread> threads = includeInternal
                ? discussions.threads(assessmentId).stream()
                        .map(AssessmentArchive::thread)
                        .toList()
                : List.of();
        List<Archive.Action> actions = plans.plan(ref.cityId(), PlanFilter.all()).stream()
                .filter(action -> action.assessmentId() == assessmentId)
                .map(AssessmentArchive::action)
                .toList();
        List<Archive.Entry> history = new ArrayList<>();
        for (AuditRecord entry : trail.entries(assessmentId, AuditFilter.all())) {
            history.addFirst(entry(entry, includeInternal));
        }
        AssessmentOverview.StatusStep step = overview.lastStep();
        return new Archive(
                Archive.SCHEMA,
                Archive.VERSION,
                clock.instant(),
                organisation.currentUser().displayName(),
                includeInternal,
                answers.national() != null,
                new Archive.Round(
                        new Archive.City(
                                city.communeCode(),
                                city.name().en(),
                                city.name().fr(),
                                city.name().ar()),
                        overview.roundLabel(),
                        framework.version(),
                        framework.checksum(),
                        overview.tier(),
                        List.copyOf(new TreeSet<>(overview.modules())),
                        new java.util.TreeMap<>(overview.targets()),
                        overview.status(),
                        overview.createdAt(),
                        overview.updatedAt(),
                        step == null ? null : new Archive.Step(step.by(), step.at(), step.note())),
                saved,
                threads,
                actions,
                history);
    }

    /** A file name of plain letters, like the spreadsheets'. */
    public static String fileName(long assessmentId, String roundLabel) {
        return SpreadsheetExport.fileName(assessmentId, roundLabel, "json");
    }

    /**
     * Reads an archive and says what importing it would create, into the city given or, when none is, the city
     * whose commune code the archive names; nothing is written. Administrators only. A file that cannot be read is
     * a refusal in the preview, never an exception.
     */
    @Transactional(readOnly = true)
    public ArchivePreview preview(byte[] file, @Nullable Long cityId) {
        organisation.requireAdministrator();
        if (file.length > MAX_BYTES) {
            return ArchivePreview.tooLarge();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(file);
        } catch (JacksonException e) {
            return ArchivePreview.notJson();
        }
        if (tree == null || !tree.isObject()) {
            return ArchivePreview.notJson();
        }
        // The format and its version first: another file's hundred schema errors would say nothing useful.
        if (!Archive.SCHEMA.equals(tree.path("schema").asString(""))) {
            return ArchivePreview.refused(ArchivePreview.Problem.of("$.schema", "archive.error.schema"));
        }
        if (!tree.path("schemaVersion").isIntegralNumber()
                || tree.path("schemaVersion").asInt() != Archive.VERSION) {
            return ArchivePreview.refused(ArchivePreview.Problem.of(
                    "$.schemaVersion",
                    "archive.error.schema-version",
                    tree.path("schemaVersion").asString(""),
                    String.valueOf(Archive.VERSION)));
        }
        List<Error> errors = SCHEMA.validate(tree);
        if (!errors.isEmpty()) {
            return new ArchivePreview(
                    null,
                    null,
                    ArchivePreview.Counts.NONE,
                    List.of(),
                    errors.stream()
                            .map(error -> ArchivePreview.Problem.of(
                                    error.getInstanceLocation().toString(),
                                    "archive.error.invalid",
                                    error.getMessage()))
                            .distinct()
                            .limit(20)
                            .toList());
        }
        Archive archive;
        try {
            archive = JSON.treeToValue(tree, Archive.class);
        } catch (JacksonException e) {
            // The schema should have caught it; a path is still better than nothing.
            return ArchivePreview.refused(
                    ArchivePreview.Problem.of(path(e), "archive.error.invalid", e.getOriginalMessage()));
        }
        return check(archive, cityId);
    }

    /**
     * Creates the previewed round with everything the archive holds, all or nothing, and records the import in its
     * history under the importing administrator. Returns the new round's id.
     */
    @Transactional
    public long apply(ArchivePreview preview) {
        organisation.requireAdministrator();
        Archive archive = preview.archive();
        CityRef city = preview.city();
        if (!preview.applicable() || archive == null || city == null) {
            throw new IllegalStateException("An archive with problems is never applied");
        }
        Map<String, Long> people = people();
        Archive.Round round = archive.round();
        List<AnswerImport> answers = archive.answers().stream()
                .map(answer -> new AnswerImport(
                        answer.perspective(),
                        answer.itemId(),
                        draft(answer.answer()),
                        answer.updatedBy() == null ? null : people.get(answer.updatedBy()),
                        answer.updatedBy(),
                        Objects.requireNonNullElse(answer.updatedAt(), round.updatedAt())))
                .toList();
        Archive.Step step = round.lastStep();
        long assessmentId = assessments.importRound(new RoundImport(
                city.id(),
                round.label(),
                round.frameworkVersion(),
                round.tier(),
                new LinkedHashSet<>(round.modules()),
                round.targets(),
                round.status(),
                round.createdAt(),
                round.updatedAt(),
                step == null ? null : step.note(),
                step == null ? null : people.get(step.by()),
                step == null ? null : step.at(),
                answers));
        discussions.importThreads(
                assessmentId,
                archive.threads().stream()
                        .map(thread -> new ThreadImport(
                                thread.targetId(),
                                thread.open(),
                                thread.messages().stream()
                                        .map(message -> new MessageImport(
                                                people.get(message.author()),
                                                message.author(),
                                                message.byAdvisor(),
                                                message.body(),
                                                message.at()))
                                        .toList()))
                        .toList());
        Map<String, Long> team = organisation.answeringTeam(city.id()).stream()
                .collect(Collectors.toMap(TeamMember::displayName, TeamMember::id, (one, other) -> -1L));
        List<Long> newIds = plans.importActions(
                city.id(),
                archive.plan().stream()
                        .map(action -> actionImport(action, assessmentId, team, people))
                        .toList());
        Map<Long, Long> actionIds = new HashMap<>();
        for (int index = 0; index < newIds.size(); index++) {
            actionIds.put(archive.plan().get(index).id(), newIds.get(index));
        }
        trail.importHistory(
                assessmentId,
                archive.history().stream()
                        .map(entry -> entryImport(entry, people, actionIds))
                        .toList(),
                round.status());
        return assessmentId;
    }

    private ArchivePreview check(Archive archive, @Nullable Long cityId) {
        List<ArchivePreview.Problem> problems = new ArrayList<>();
        Archive.Round round = archive.round();
        CityRef city = city(cityId, round.city().code()).orElse(null);
        if (city == null) {
            problems.add(ArchivePreview.Problem.of(
                    "$.round.city.code", "archive.error.city", round.city().code()));
        }
        Framework framework = catalog.all().stream()
                .filter(installed -> installed.version() == round.frameworkVersion())
                .findFirst()
                .orElse(null);
        if (framework == null || !framework.checksum().equals(round.frameworkChecksum())) {
            problems.add(ArchivePreview.Problem.of(
                    "$.round.frameworkVersion", "archive.error.framework", String.valueOf(round.frameworkVersion())));
            return new ArchivePreview(archive, city, counts(archive), List.of(), problems);
        }
        if (city != null
                && assessments.cityAssessments(city.id()).stream()
                        .anyMatch(existing -> existing.roundLabel().equalsIgnoreCase(round.label()))) {
            problems.add(ArchivePreview.Problem.of("$.round.label", "archive.error.round-exists", round.label()));
        }
        Set<String> moduleIds = framework.modules().stream().map(Theme::id).collect(Collectors.toSet());
        for (int index = 0; index < round.modules().size(); index++) {
            if (!moduleIds.contains(round.modules().get(index))) {
                problems.add(ArchivePreview.Problem.of(
                        "$.round.modules[" + index + "]",
                        "archive.error.unknown-id",
                        round.modules().get(index)));
            }
        }
        Set<String> themes = new HashSet<>();
        Set<String> items = new HashSet<>();
        for (Theme theme : framework.themesInScope(round.modules())) {
            themes.add(theme.id());
            theme.itemsFor(round.tier()).stream().map(Item::id).forEach(items::add);
        }
        Set<String> targets = new HashSet<>(themes);
        targets.addAll(items);
        round.targets().forEach((theme, level) -> {
            if (!themes.contains(theme)) {
                problems.add(ArchivePreview.Problem.of("$.round.targets." + theme, "archive.error.unknown-id", theme));
            }
        });
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < archive.answers().size(); index++) {
            Archive.Answer answer = archive.answers().get(index);
            String at = "$.answers[" + index + "]";
            if (!items.contains(answer.itemId())) {
                problems.add(ArchivePreview.Problem.of(at + ".itemId", "archive.error.unknown-id", answer.itemId()));
            } else if (!seen.add(answer.perspective() + "/" + answer.itemId())) {
                problems.add(ArchivePreview.Problem.of(at + ".itemId", "archive.error.duplicate", answer.itemId()));
            }
            value(answer.answer(), at + ".answer", problems);
        }
        for (int index = 0; index < archive.threads().size(); index++) {
            Archive.Thread thread = archive.threads().get(index);
            if (!targets.contains(thread.targetId())) {
                problems.add(ArchivePreview.Problem.of(
                        "$.threads[" + index + "].targetId", "archive.error.unknown-id", thread.targetId()));
            }
        }
        for (int index = 0; index < archive.plan().size(); index++) {
            Archive.Action action = archive.plan().get(index);
            for (int target = 0; target < action.targets().size(); target++) {
                if (!targets.contains(action.targets().get(target))) {
                    problems.add(ArchivePreview.Problem.of(
                            "$.plan[" + index + "].targets[" + target + "]",
                            "archive.error.unknown-id",
                            action.targets().get(target)));
                }
            }
            if (action.startDate() != null
                    && action.dueDate() != null
                    && action.dueDate().isBefore(action.startDate())) {
                problems.add(ArchivePreview.Problem.of("$.plan[" + index + "].dueDate", "plan.error.dates"));
            }
        }
        for (int index = 0; index < archive.history().size(); index++) {
            Archive.Entry entry = archive.history().get(index);
            String at = "$.history[" + index + "]";
            if (entry.itemId() != null && !targets.contains(entry.itemId())) {
                problems.add(ArchivePreview.Problem.of(at + ".itemId", "archive.error.unknown-id", entry.itemId()));
            }
            if (entry.oldAnswer() != null) {
                value(entry.oldAnswer(), at + ".oldAnswer", problems);
            }
            if (entry.newAnswer() != null) {
                value(entry.newAnswer(), at + ".newAnswer", problems);
            }
        }
        Map<String, Long> people = people();
        Set<String> unknown = new TreeSet<>();
        for (String name : names(archive)) {
            if (!people.containsKey(name)) {
                unknown.add(name);
            }
        }
        return new ArchivePreview(archive, city, counts(archive), List.copyOf(unknown), problems);
    }

    private Optional<CityRef> city(@Nullable Long cityId, String code) {
        return organisation.visibleCities().stream()
                .filter(city -> cityId == null ? city.communeCode().equals(code) : city.id() == cityId)
                .findFirst();
    }

    /** A level out of range and every other refusal of an answer, as the questionnaire would refuse it. */
    private static void value(Archive.Value value, String at, List<ArchivePreview.Problem> problems) {
        var problem = draft(value).problem();
        if (problem != null) {
            problems.add(ArchivePreview.Problem.of(at + "." + problem.field(), problem.messageKey()));
        }
    }

    /** Display names of this installation's accounts that name exactly one person, to their ids. */
    private Map<String, Long> people() {
        Map<String, Long> people = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (UserSummary user : users.manageableUsers()) {
            if (people.putIfAbsent(user.displayName(), user.id()) != null) {
                ambiguous.add(user.displayName());
            }
        }
        ambiguous.forEach(people::remove);
        return people;
    }

    private static Set<String> names(Archive archive) {
        Set<String> names = new HashSet<>();
        archive.answers().stream()
                .map(Archive.Answer::updatedBy)
                .filter(Objects::nonNull)
                .forEach(names::add);
        archive.threads().forEach(thread -> thread.messages().forEach(message -> names.add(message.author())));
        archive.plan().forEach(action -> action.notes().forEach(note -> names.add(note.author())));
        archive.history().forEach(entry -> names.add(entry.actor()));
        if (archive.round().lastStep() != null) {
            names.add(archive.round().lastStep().by());
        }
        return names;
    }

    private static ArchivePreview.Counts counts(Archive archive) {
        int national = (int) archive.answers().stream()
                .filter(answer -> answer.perspective() == Perspective.NATIONAL)
                .count();
        return new ArchivePreview.Counts(
                archive.answers().size() - national,
                national,
                archive.threads().size(),
                archive.threads().stream()
                        .mapToInt(thread -> thread.messages().size())
                        .sum(),
                archive.plan().size(),
                archive.plan().stream()
                        .mapToInt(action -> action.notes().size())
                        .sum(),
                archive.history().size());
    }

    private static void addAnswers(
            List<Archive.Answer> target,
            Perspective perspective,
            Map<String, SavedAnswer> answers,
            boolean includeInternal) {
        answers.values().stream()
                .sorted(java.util.Comparator.comparing(SavedAnswer::itemId))
                .forEach(saved -> target.add(new Archive.Answer(
                        perspective,
                        saved.itemId(),
                        value(saved.draft().forExport(includeInternal)),
                        saved.version(),
                        saved.updatedBy(),
                        saved.updatedAt())));
    }

    private static Archive.Value value(AnswerDraft draft) {
        return new Archive.Value(
                draft.state(),
                draft.level(),
                draft.comment(),
                draft.commentSensitivity(),
                draft.evidence(),
                draft.evidenceSensitivity(),
                draft.confidence());
    }

    private static AnswerDraft draft(Archive.Value value) {
        return new AnswerDraft(
                value.state(),
                value.level(),
                value.comment(),
                value.evidence(),
                value.confidence(),
                value.commentSensitivity(),
                value.evidenceSensitivity());
    }

    private static Archive.Thread thread(Discussion discussion) {
        return new Archive.Thread(
                discussion.targetId(),
                discussion.open(),
                discussion.messages().stream()
                        .map(message -> new Archive.Message(
                                message.author(), message.byAdvisor(), message.body(), message.at()))
                        .toList());
    }

    private static Archive.Action action(PlannedAction action) {
        return new Archive.Action(
                action.id(),
                action.title(),
                action.description(),
                action.owner(),
                action.ownerUserId() != null,
                action.startDate(),
                action.dueDate(),
                action.status(),
                action.dropReason(),
                List.copyOf(new TreeSet<>(action.targets())),
                List.copyOf(new TreeSet<>(action.origin())),
                action.updatedAt(),
                action.notes().reversed().stream()
                        .map((ProgressNote note) -> new Archive.Note(note.at(), note.author(), note.text()))
                        .toList());
    }

    private static Archive.Entry entry(AuditRecord entry, boolean includeInternal) {
        var action = entry.action();
        return new Archive.Entry(
                entry.at(),
                entry.actor(),
                entry.kind(),
                entry.itemId(),
                entry.oldAnswer() == null ? null : value(entry.oldAnswer().forExport(includeInternal)),
                entry.newAnswer() == null ? null : value(entry.newAnswer().forExport(includeInternal)),
                entry.oldTarget(),
                entry.newTarget(),
                entry.oldStatus(),
                entry.newStatus(),
                entry.note(),
                // Discussion messages are internal, as in the spreadsheet's history.
                entry.kind() == AuditKind.COMMENT && !includeInternal ? null : entry.commentText(),
                entry.oldAssignee(),
                entry.newAssignee(),
                action == null
                        ? null
                        : new Archive.ActionChange(
                                action.actionId(), action.title(), action.before(), action.after(), action.reason()),
                entry.justification());
    }

    private static ActionImport actionImport(
            Archive.Action action, long assessmentId, Map<String, Long> team, Map<String, Long> people) {
        Long owner = action.ownerIsMember() ? team.get(action.owner()) : null;
        if (owner != null && owner < 0) {
            owner = null;
        }
        return new ActionImport(
                new ActionDraft(
                        assessmentId,
                        action.title(),
                        action.description(),
                        owner,
                        owner == null ? action.owner() : null,
                        action.startDate(),
                        action.dueDate(),
                        new HashSet<>(action.targets())),
                action.status(),
                action.dropReason(),
                new HashSet<>(action.origin()),
                action.notes().isEmpty()
                        ? action.updatedAt()
                        : action.notes().getFirst().at(),
                action.updatedAt(),
                action.notes().stream()
                        .map(note -> new NoteImport(note.at(), people.get(note.author()), note.author(), note.text()))
                        .toList());
    }

    private static EntryImport entryImport(Archive.Entry entry, Map<String, Long> people, Map<Long, Long> actionIds) {
        Archive.ActionChange action = entry.action();
        return new EntryImport(
                entry.at(),
                people.get(entry.actor()),
                entry.actor(),
                entry.kind(),
                entry.itemId(),
                entry.oldAnswer() == null ? null : draft(entry.oldAnswer()),
                entry.newAnswer() == null ? null : draft(entry.newAnswer()),
                entry.oldTarget(),
                entry.newTarget(),
                entry.oldStatus(),
                entry.newStatus(),
                entry.note(),
                entry.commentText(),
                entry.oldAssignee() == null ? null : people.get(entry.oldAssignee()),
                entry.newAssignee() == null ? null : people.get(entry.newAssignee()),
                action == null
                        ? null
                        : new io.nlc.audit.ActionEntry(
                                actionIds.getOrDefault(action.actionId(), action.actionId()),
                                action.title(),
                                action.before(),
                                action.after(),
                                action.reason()),
                entry.justification());
    }

    static ArchivePreview.Problem tooLarge() {
        return ArchivePreview.Problem.of("$", "archive.error.too-large", String.valueOf(MAX_BYTES / 1024 / 1024));
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            }
        }
        return path.toString();
    }

    private static Schema loadSchema() {
        try (InputStream in = AssessmentArchive.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SCHEMA_RESOURCE);
            }
            // Paths as "$.answers[3].answer.level", as the other refusals name them.
            return SchemaRegistry.withDefaultDialect(
                            SpecificationVersion.DRAFT_2020_12,
                            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .pathType(PathType.JSON_PATH)
                                    .build()))
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
