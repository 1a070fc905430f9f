package io.nlc.content;

/** A theme score (0..100) at or above {@code from} reaches maturity {@code level}. */
public record Band(int level, double from) {}
