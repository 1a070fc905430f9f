package io.nlc.organisation;

import io.nlc.content.LocalizedText;

/** A city (Moroccan commune) as other modules see it. */
public record CityView(long id, long hubId, String communeCode, LocalizedText name, String province, String region) {
}
