package io.nlc.content;

import java.util.List;

/** The key terms of the framework and the app in the three languages, read from {@code glossary.yaml}. */
public record Glossary(List<GlossaryTerm> terms) {}
