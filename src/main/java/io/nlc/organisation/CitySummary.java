package io.nlc.organisation;

import io.nlc.content.Language;
import io.nlc.content.LocalizedText;

/** A city on the administration screen, with its hub and the version an edit starts from. */
public record CitySummary(
        long id,
        String communeCode,
        LocalizedText name,
        String province,
        String provinceAr,
        String region,
        String regionAr,
        HubRef hub,
        long version) {

    /** The province in Arabic script for Arabic readers, else its Latin name. */
    public String province(Language language) {
        return language == Language.AR ? provinceAr : province;
    }

    public String region(Language language) {
        return language == Language.AR ? regionAr : region;
    }
}
