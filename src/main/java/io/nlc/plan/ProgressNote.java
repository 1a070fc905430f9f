package io.nlc.plan;

import java.time.Instant;

/** A dated progress note and who wrote it. */
public record ProgressNote(Instant at, String author, String text) {}
