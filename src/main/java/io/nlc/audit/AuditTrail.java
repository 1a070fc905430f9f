package io.nlc.audit;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.organisation.Directory;
import io.nlc.organisation.Organisation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an assessment's history, for the people who may see the assessment. National ratings are left out for
 * whoever may not see them yet ({@link AssessmentService#nationalVisible}): the city team before it submits.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** Days are cut at midnight in this zone (Morocco). */
    static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

    /** The note of the status entry that records an archive's import, which the history screen words. */
    public static final String IMPORTED = "IMPORTED";

    private final AuditEntryRepository entries;
    private final AssessmentService assessments;
    private final Directory directory;
    private final Organisation organisation;
    private final Clock clock;

    AuditTrail(
            AuditEntryRepository entries,
            AssessmentService assessments,
            Directory directory,
            Organisation organisation,
            Clock clock) {
        this.entries = entries;
        this.assessments = assessments;
        this.directory = directory;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * One entry of an imported archive, in the fields of {@link AuditRecord}; people are user ids of this
     * installation where the archive's name matched one, else null with the name kept ({@code actorName}, and for
     * assignments a person who is not here is left out).
     */
    public record EntryImport(
            Instant at,
            @Nullable Long actorId,
            @Nullable String actorName,
            AuditKind kind,
            @Nullable String itemId,
            @Nullable AnswerDraft oldAnswer,
            @Nullable AnswerDraft newAnswer,
            @Nullable Integer oldTarget,
            @Nullable Integer newTarget,
            @Nullable AssessmentStatus oldStatus,
            @Nullable AssessmentStatus newStatus,
            @Nullable String note,
            @Nullable String commentText,
            @Nullable Long oldAssigneeId,
            @Nullable Long newAssigneeId,
            @Nullable ActionEntry action,
            @Nullable String justification) {}

    /**
     * Appends an imported round's history as it was recorded elsewhere, then the import itself under the importing
     * administrator (a status entry noted {@link #IMPORTED}). Administrators only; the round must exist.
     */
    @Transactional
    public void importHistory(long assessmentId, List<EntryImport> imported, AssessmentStatus status) {
        long importer = organisation.requireAdministrator().id();
        assessments.requireVisible(assessmentId);
        for (EntryImport entry : imported) {
            String oldValue = null;
            String newValue = null;
            switch (entry.kind()) {
                case ANSWER -> {
                    oldValue =
                            entry.oldAnswer() == null ? null : AuditRecorder.JSON.writeValueAsString(entry.oldAnswer());
                    newValue =
                            entry.newAnswer() == null ? null : AuditRecorder.JSON.writeValueAsString(entry.newAnswer());
                }
                case TARGET -> {
                    oldValue =
                            entry.oldTarget() == null ? null : entry.oldTarget().toString();
                    newValue =
                            entry.newTarget() == null ? null : entry.newTarget().toString();
                }
                case STATUS -> {
                    oldValue =
                            entry.oldStatus() == null ? null : entry.oldStatus().name();
                    newValue =
                            entry.newStatus() == null ? null : entry.newStatus().name();
                }
                case COMMENT -> newValue = entry.commentText();
                case ASSIGNMENT -> {
                    oldValue = entry.oldAssigneeId() == null
                            ? null
                            : entry.oldAssigneeId().toString();
                    newValue = entry.newAssigneeId() == null
                            ? null
                            : entry.newAssigneeId().toString();
                }
                case ACTION ->
                    newValue = entry.action() == null ? null : AuditRecorder.JSON.writeValueAsString(entry.action());
            }
            entries.save(AuditEntry.restored(
                    assessmentId,
                    entry.itemId(),
                    entry.kind(),
                    entry.actorId() == null ? importer : entry.actorId(),
                    entry.actorId() == null ? entry.actorName() : null,
                    entry.at(),
                    oldValue,
                    newValue,
                    entry.note(),
                    entry.justification()));
        }
        entries.save(AuditEntry.restored(
                assessmentId,
                null,
                AuditKind.STATUS,
                importer,
                null,
                clock.instant(),
                null,
                status.name(),
                IMPORTED,
                null));
    }

    /** The changes that match the filter, newest first. */
    public List<AuditRecord> entries(long assessmentId, AuditFilter filter) {
        boolean withNational = assessments.nationalVisible(assessmentId);
        Instant from = filter.from() == null
                ? Instant.EPOCH
                : filter.from().atStartOfDay(ZONE).toInstant();
        Instant to = filter.to() == null
                ? Instant.parse("9999-12-31T00:00:00Z")
                : filter.to().plusDays(1).atStartOfDay(ZONE).toInstant();
        Map<Long, String> names = new HashMap<>();
        return entries
                .find(assessmentId, filter.actorId(), filter.itemId(), from, to, withNational, AuditRecorder.NATIONAL)
                .stream()
                .map(entry -> record(
                        entry,
                        entry.actorName() != null
                                ? entry.actorName()
                                : names.computeIfAbsent(entry.actorId(), directory::displayName)))
                .toList();
    }

    /**
     * Everyone who changed something in the assessment that the signed-in user may see, by name, for the person
     * filter: a focal point who only rated nationally is not named to the city team before it submits.
     */
    public Map<Long, String> actors(long assessmentId) {
        boolean withNational = assessments.nationalVisible(assessmentId);
        Map<Long, String> actors = new java.util.LinkedHashMap<>();
        entries.actors(assessmentId, withNational, AuditRecorder.NATIONAL).stream()
                .map(id -> Map.entry(id, directory.displayName(id)))
                .sorted(Comparator.comparing(Map.Entry::getValue))
                .forEach(entry -> actors.put(entry.getKey(), entry.getValue()));
        return actors;
    }

    private AuditRecord record(AuditEntry entry, String actor) {
        return switch (entry.kind()) {
            case ANSWER ->
                new AuditRecord(
                        entry.id(),
                        entry.changedAt(),
                        entry.actorId(),
                        actor,
                        entry.kind(),
                        entry.itemId(),
                        draft(entry.oldValue()),
                        draft(entry.newValue()),
                        null,
                        null,
                        null,
                        null,
                        entry.note(),
                        null,
                        null,
                        null,
                        null,
                        entry.justification());
            case TARGET ->
                new AuditRecord(
                        entry.id(),
                        entry.changedAt(),
                        entry.actorId(),
                        actor,
                        entry.kind(),
                        entry.itemId(),
                        null,
                        null,
                        level(entry.oldValue()),
                        level(entry.newValue()),
                        null,
                        null,
                        entry.note(),
                        null);
            case STATUS ->
                new AuditRecord(
                        entry.id(),
                        entry.changedAt(),
                        entry.actorId(),
                        actor,
                        entry.kind(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        status(entry.oldValue()),
                        status(entry.newValue()),
                        entry.note(),
                        null);
            case COMMENT ->
                new AuditRecord(
                        entry.id(),
                        entry.changedAt(),
                        entry.actorId(),
                        actor,
                        entry.kind(),
                        entry.itemId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        entry.note(),
                        entry.newValue());
            case ASSIGNMENT ->
                new AuditRecord(
                        entry.id(),
                        entry.changedAt(),
                        entry.actorId(),
                        actor,
                        entry.kind(),
                        entry.itemId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        person(entry.oldValue()),
                        person(entry.newValue()),
                        null);
            case ACTION ->
                new AuditRecord(
                        entry.id(),
                        entry.changedAt(),
                        entry.actorId(),
                        actor,
                        entry.kind(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        entry.note(),
                        null,
                        null,
                        null,
                        entry.newValue() == null
                                ? null
                                : AuditRecorder.JSON.readValue(entry.newValue(), ActionEntry.class));
        };
    }

    /** A user id stored by an assignment as a name; repeated ids come from the transaction's persistence context. */
    private @Nullable String person(@Nullable String userId) {
        return userId == null ? null : directory.displayName(Long.parseLong(userId));
    }

    private static @Nullable AnswerDraft draft(@Nullable String json) {
        return json == null ? null : AuditRecorder.JSON.readValue(json, AnswerDraft.class);
    }

    private static @Nullable Integer level(@Nullable String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    private static @Nullable AssessmentStatus status(@Nullable String value) {
        return value == null ? null : AssessmentStatus.valueOf(value);
    }
}
