package io.nlc.organisation;

import io.nlc.content.LocalizedText;

/** A hub on the administration screen: its number of cities, and the version an edit starts from. */
public record HubSummary(long id, String code, LocalizedText name, long cities, long version) {}
