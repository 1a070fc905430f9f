package io.nlc.workshop;

import io.nlc.scoring.AnswerState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One rater's rating of an item, with the version to send back when they change it. */
public record RatingEntry(
        long raterId,
        String rater,
        AnswerState state,
        @Nullable Integer level,
        String comment,
        Instant ratedAt,
        long version) {}
