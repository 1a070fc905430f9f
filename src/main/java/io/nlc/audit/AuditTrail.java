package io.nlc.audit;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.organisation.Directory;
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

    private final AuditEntryRepository entries;
    private final AssessmentService assessments;
    private final Directory directory;

    AuditTrail(AuditEntryRepository entries, AssessmentService assessments, Directory directory) {
        this.entries = entries;
        this.assessments = assessments;
        this.directory = directory;
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
                .map(entry -> record(entry, names.computeIfAbsent(entry.actorId(), directory::displayName)))
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
