package io.nlc.organisation;

import io.nlc.content.Language;
import io.nlc.content.LocalizedText;

/** A city (Moroccan commune) as other modules see it. */
public record CityRef(
        long id,
        long hubId,
        String communeCode,
        LocalizedText name,
        String province,
        String provinceAr,
        String region,
        String regionAr) {

    /** The province as a reader of {@code language} writes it: in Arabic script for Arabic, else the Latin name. */
    public String province(Language language) {
        return language == Language.AR ? provinceAr : province;
    }

    /** The region as a reader of {@code language} writes it. */
    public String region(Language language) {
        return language == Language.AR ? regionAr : region;
    }
}
