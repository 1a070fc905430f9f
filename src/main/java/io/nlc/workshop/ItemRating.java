package io.nlc.workshop;

import io.nlc.scoring.AnswerState;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One rater's own rating of one item. */
@Entity
class ItemRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long assessmentId;
    private String itemId;
    private long raterId;

    @Enumerated(EnumType.STRING)
    private AnswerState state = AnswerState.LEVEL;

    private @Nullable Integer level;
    private String comment = "";
    private Instant ratedAt;

    @Version
    private long version;

    protected ItemRating() {
        this(0, "", 0, Instant.EPOCH);
    }

    ItemRating(long assessmentId, String itemId, long raterId, Instant now) {
        this.assessmentId = assessmentId;
        this.itemId = itemId;
        this.raterId = raterId;
        this.ratedAt = now;
    }

    void apply(RatingDraft draft, Instant now) {
        this.state = draft.state();
        this.level = draft.level();
        this.comment = draft.comment().strip();
        this.ratedAt = now;
    }

    long assessmentId() {
        return assessmentId;
    }

    String itemId() {
        return itemId;
    }

    long raterId() {
        return raterId;
    }

    AnswerState state() {
        return state;
    }

    @Nullable
    Integer level() {
        return level;
    }

    String comment() {
        return comment;
    }

    Instant ratedAt() {
        return ratedAt;
    }

    long version() {
        return version;
    }
}
