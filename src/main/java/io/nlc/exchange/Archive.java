package io.nlc.exchange;

import io.nlc.assessment.AnswerDraft.Sensitivity;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.Confidence;
import io.nlc.assessment.Perspective;
import io.nlc.audit.AuditKind;
import io.nlc.content.Tier;
import io.nlc.plan.ActionStatus;
import io.nlc.scoring.AnswerState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON archive of one assessment, schema {@value #SCHEMA} version {@value #VERSION}: these records are the
 * format, written and read by Jackson, and {@code schemas/assessment-archive-v1.schema.json} (checked against them by
 * a test) describes it for other tools; {@code docs/assessment-archive.md} explains each field. People are named, as
 * the screens show them: ids of one installation mean nothing in another. Changing a field here means a new
 * {@code schemaVersion} and a new schema file.
 */
public record Archive(
        String schema,
        int schemaVersion,
        Instant exportedAt,
        String exportedBy,
        boolean includesInternal,
        boolean includesNational,
        Round round,
        List<Answer> answers,
        List<Thread> threads,
        List<Action> plan,
        List<Entry> history) {

    public static final String SCHEMA = "nlc-assessment-archive";
    public static final int VERSION = 1;

    /** The round: its city, label, framework version (and checksum), scope, targets, status and dates. */
    public record Round(
            City city,
            String label,
            int frameworkVersion,
            String frameworkChecksum,
            Tier tier,
            List<String> modules,
            Map<String, Integer> targets,
            AssessmentStatus status,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Step lastStep) {}

    /** The city, matched by its commune code on import. */
    public record City(String code, String nameEn, String nameFr, String nameAr) {}

    /** The last workflow step: who took it, when, and the reason given. */
    public record Step(String by, Instant at, @Nullable String note) {}

    /** One saved answer of a perspective: the answer itself, its version, who saved it last and when. */
    public record Answer(
            Perspective perspective,
            String itemId,
            Value answer,
            long version,
            @Nullable String updatedBy,
            @Nullable Instant updatedAt) {}

    /** What was entered for an item; a note or links left out of the export are empty. */
    public record Value(
            AnswerState state,
            @Nullable Integer level,
            String comment,
            Sensitivity commentSensitivity,
            List<String> evidence,
            Sensitivity evidenceSensitivity,
            @Nullable Confidence confidence) {}

    /** A discussion thread on an item or theme, its messages oldest first. */
    public record Thread(String targetId, boolean open, List<Message> messages) {}

    public record Message(String author, boolean byAdvisor, String body, Instant at) {}

    /**
     * An action of the city's plan that came from this round, with its progress notes oldest first; {@code id} is
     * its id where it was exported, which the history's action entries refer to.
     */
    public record Action(
            long id,
            String title,
            String description,
            String owner,
            boolean ownerIsMember,
            @Nullable LocalDate startDate,
            @Nullable LocalDate dueDate,
            ActionStatus status,
            @Nullable String dropReason,
            List<String> targets,
            List<String> origin,
            Instant updatedAt,
            List<Note> notes) {}

    public record Note(Instant at, String author, String text) {}

    /** One entry of the round's history, oldest first, in the fields the history screen shows. */
    public record Entry(
            Instant at,
            String actor,
            AuditKind kind,
            @Nullable String itemId,
            @Nullable Value oldAnswer,
            @Nullable Value newAnswer,
            @Nullable Integer oldTarget,
            @Nullable Integer newTarget,
            @Nullable AssessmentStatus oldStatus,
            @Nullable AssessmentStatus newStatus,
            @Nullable String note,
            @Nullable String commentText,
            @Nullable String oldAssignee,
            @Nullable String newAssignee,
            @Nullable ActionChange action,
            @Nullable String justification) {}

    /** A plan change: the action (by its archived id), its title then, before and after, the reason to drop. */
    public record ActionChange(
            long actionId,
            String title,
            @Nullable String before,
            @Nullable String after,
            @Nullable String reason) {}
}
