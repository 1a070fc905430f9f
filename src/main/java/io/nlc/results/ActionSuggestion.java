package io.nlc.results;

import io.nlc.content.SuggestedAction;
import java.util.List;

/** A suggested action from the content, with the answered items that made it apply. */
public record ActionSuggestion(SuggestedAction action, List<String> becauseOfItems) {}
