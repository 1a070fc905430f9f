package io.nlc.assessment;

import io.nlc.assessment.AnswerDraft.Sensitivity;
import io.nlc.scoring.AnswerState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
class Answer implements ScoredAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long assessmentId;
    private String itemId;

    @Enumerated(EnumType.STRING)
    private Perspective perspective = Perspective.LOCAL;

    @Enumerated(EnumType.STRING)
    private AnswerState state = AnswerState.UNANSWERED;

    private @Nullable Integer level;
    private @Nullable String comment;

    @Enumerated(EnumType.STRING)
    private Sensitivity commentSensitivity = Sensitivity.SHAREABLE;

    @Enumerated(EnumType.STRING)
    private @Nullable Confidence confidence;

    @ElementCollection
    @CollectionTable(name = "answer_evidence", joinColumns = @JoinColumn(name = "answer_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    private List<String> evidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Sensitivity evidenceSensitivity = Sensitivity.SHAREABLE;

    private long updatedBy;
    /** Who saved it last when that person has no account here (an imported archive); updatedBy then imported it. */
    private @Nullable String updatedByName;

    private Instant updatedAt;

    /** The round this answer was carried over from, and what it was there; null for an answer given in this round. */
    private @Nullable Long carriedFrom;

    @Enumerated(EnumType.STRING)
    private @Nullable AnswerState carriedState;

    private @Nullable Integer carriedLevel;
    /** Carried over and not yet confirmed or changed by the team. */
    private boolean toConfirm;
    /** Why the level differs from the carried-over one. */
    private @Nullable String justification;

    @Version
    private long version;

    protected Answer() {
        this(0, Perspective.LOCAL, "", 0, Instant.EPOCH);
    }

    Answer(long assessmentId, Perspective perspective, String itemId, long createdBy, Instant now) {
        this.assessmentId = assessmentId;
        this.perspective = perspective;
        this.itemId = itemId;
        this.updatedBy = createdBy;
        this.updatedAt = now;
    }

    long assessmentId() {
        return assessmentId;
    }

    String itemId() {
        return itemId;
    }

    @Override
    public AnswerState state() {
        return state;
    }

    @Override
    public @Nullable Integer level() {
        return level;
    }

    long version() {
        return version;
    }

    long updatedBy() {
        return updatedBy;
    }

    void apply(AnswerDraft draft, long userId, Instant now) {
        this.state = draft.state();
        this.level = draft.level();
        this.comment = draft.comment().isBlank() ? null : draft.comment();
        this.confidence = draft.confidence();
        this.commentSensitivity = draft.commentSensitivity();
        this.evidenceSensitivity = draft.evidenceSensitivity();
        this.evidence.clear();
        this.evidence.addAll(draft.evidence());
        this.updatedBy = userId;
        this.updatedByName = null;
        this.updatedAt = now;
    }

    /** Fills an imported answer as it was saved elsewhere, by a known user or a person known only by name. */
    void restore(AnswerDraft draft, long userId, @Nullable String name, Instant at) {
        apply(draft, userId, at);
        this.updatedByName = name;
    }

    @Nullable
    String updatedByName() {
        return updatedByName;
    }

    /** Fills a new round's answer with the previous round's, to be confirmed. */
    void carryOver(long fromAssessmentId, AnswerDraft previous) {
        apply(previous, updatedBy, updatedAt);
        this.carriedFrom = fromAssessmentId;
        this.carriedState = previous.state();
        this.carriedLevel = previous.level();
        this.toConfirm = true;
    }

    /** Whether the draft's level (or state) differs from the one carried over; false for an answer not carried. */
    boolean departsFromCarried(AnswerDraft draft) {
        return carriedFrom != null
                && (draft.state() != carriedState || !java.util.Objects.equals(draft.level(), carriedLevel));
    }

    /** Settles the carried-over answer: confirmed as it is, or changed with a justification (null when back). */
    void settle(@Nullable String why) {
        this.toConfirm = false;
        this.justification = why;
    }

    boolean toConfirm() {
        return toConfirm;
    }

    SavedAnswer.@Nullable CarryOver carryOver() {
        return carriedFrom == null || carriedState == null
                ? null
                : new SavedAnswer.CarryOver(carriedFrom, carriedState, carriedLevel, toConfirm, justification);
    }

    void confirm(long userId, Instant now) {
        this.toConfirm = false;
        this.updatedBy = userId;
        this.updatedByName = null;
        this.updatedAt = now;
    }

    AnswerDraft draft() {
        return new AnswerDraft(
                state,
                level,
                comment == null ? "" : comment,
                List.copyOf(evidence),
                confidence,
                commentSensitivity,
                evidenceSensitivity);
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
