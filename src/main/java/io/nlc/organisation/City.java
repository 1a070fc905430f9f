package io.nlc.organisation;

import io.nlc.content.LocalizedText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
class City {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long hubId;
    private String communeCode;
    private String nameEn;
    private String nameFr;
    private String nameAr;
    private String province;
    private String provinceAr;
    private String region;
    private String regionAr;
    private boolean peerConsent;

    @Version
    private long version;

    protected City() {
        this(0, "", new CityDetails(null, new LocalizedText("", "", ""), "", "", "", ""));
    }

    City(long hubId, String communeCode, CityDetails details) {
        this.communeCode = communeCode;
        place(hubId, details);
    }

    long hubId() {
        return hubId;
    }

    long version() {
        return version;
    }

    /**
     * Names, place and hub. Moving to another hub changes who advises the city (advisors belong to hubs); its
     * users, rounds and answers stay attached to the city itself.
     */
    void edit(long hubId, CityDetails details) {
        place(hubId, details);
    }

    private void place(long hubId, CityDetails details) {
        this.hubId = hubId;
        this.nameEn = details.name().en();
        this.nameFr = details.name().fr();
        this.nameAr = details.name().ar();
        this.province = details.province();
        this.provinceAr = details.provinceAr();
        this.region = details.region();
        this.regionAr = details.regionAr();
    }

    boolean peerConsent() {
        return peerConsent;
    }

    void consentToPeerFigures(boolean consent) {
        this.peerConsent = consent;
    }

    CityRef view() {
        if (id == null) {
            throw new IllegalStateException("city not saved yet");
        }
        return new CityRef(
                id,
                hubId,
                communeCode,
                new LocalizedText(nameEn, nameFr, nameAr),
                province,
                provinceAr,
                region,
                regionAr);
    }
}
