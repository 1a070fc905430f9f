package io.nlc.organisation;

import io.nlc.content.LocalizedText;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a city; the commune code is given once, at creation. */
public record CityDetails(
        @Nullable Long hubId, LocalizedText name, String province, String provinceAr, String region, String regionAr) {}
