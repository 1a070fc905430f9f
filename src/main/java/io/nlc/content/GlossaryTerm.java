package io.nlc.content;

import java.util.List;

/**
 * One term of the glossary, what it means, and the forms not to use for it (as written, in any language), such as
 * Arabic wordings that a Moroccan reader takes for another institution.
 */
public record GlossaryTerm(String id, LocalizedText term, LocalizedText meaning, List<String> avoid) {}
