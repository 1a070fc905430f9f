package io.nlc.organisation;

import io.nlc.content.LocalizedText;

/** A city on the administration screen, with its hub and the version an edit starts from. */
public record CitySummary(long id, String communeCode, LocalizedText name, String province, String region,
                          HubView hub, long version) {
}
