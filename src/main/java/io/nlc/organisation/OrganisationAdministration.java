package io.nlc.organisation;

import io.nlc.content.LocalizedText;
import io.nlc.kernel.PlainText;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hubs and cities, for administrators only. Input is trimmed and checked against the schema's limits before
 * anything is written; codes are unique whatever their case. Edits carry the version the administrator started
 * from, so a change made meanwhile by someone else is reported instead of silently overwritten.
 */
@Service
@Transactional
public class OrganisationAdministration {

    static final int CODE_LENGTH = 40;
    static final int NAME_LENGTH = 200;
    static final int COMMUNE_CODE_LENGTH = 20;
    static final int PLACE_LENGTH = 120;
    private static final String CODE_CHARACTERS = "[\\p{L}\\p{N}._-]+";

    private final HubRepository hubs;
    private final CityRepository cities;
    private final Organisation organisation;

    OrganisationAdministration(HubRepository hubs, CityRepository cities, Organisation organisation) {
        this.hubs = hubs;
        this.cities = cities;
        this.organisation = organisation;
    }

    /** Every hub by code, with its number of cities. */
    @Transactional(readOnly = true)
    public List<HubSummary> hubs() {
        organisation.requireAdministrator();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : cities.countByHub()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return hubs.findAll().stream()
                .map(hub -> new HubSummary(
                        hub.id(), hub.code(), hub.view().name(), counts.getOrDefault(hub.id(), 0L), hub.version()))
                .sorted(Comparator.comparing(HubSummary::code, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public long createHub(String code, LocalizedText name) {
        organisation.requireAdministrator();
        String cleanCode = code(code, "code", CODE_LENGTH, "organisation.error.hub-code");
        LocalizedText cleanName = names(name);
        if (hubs.existsByCodeIgnoreCase(cleanCode)) {
            throw new InvalidOrganisationInputException("code", "organisation.error.hub-code-taken");
        }
        try {
            return hubs.saveAndFlush(new Hub(cleanCode, cleanName.en(), cleanName.fr(), cleanName.ar()))
                    .id();
        } catch (DataIntegrityViolationException e) {
            // Created by someone else between the check and the insert.
            throw new InvalidOrganisationInputException("code", "organisation.error.hub-code-taken");
        }
    }

    /** Renames a hub; its code is its identity and stays. */
    public void editHub(long hubId, long version, LocalizedText name) {
        organisation.requireAdministrator();
        LocalizedText cleanName = names(name);
        Hub hub = hubs.findById(hubId).orElseThrow(() -> new NoSuchElementException("No hub " + hubId));
        requireVersion(hub.version(), version);
        hub.rename(cleanName);
        flush(hubs::flush);
    }

    /** The cities of one hub, or of all hubs when {@code hubId} is null, by French name. */
    @Transactional(readOnly = true)
    public List<CitySummary> cities(@Nullable Long hubId) {
        organisation.requireAdministrator();
        Map<Long, HubRef> hubRefs =
                hubs.findAll().stream().map(Hub::view).collect(Collectors.toMap(HubRef::id, Function.identity()));
        List<City> found = hubId == null ? cities.findAll() : cities.findByHubId(hubId);
        return found.stream()
                .map(city -> summary(city, hubRefs.get(city.hubId())))
                .sorted(Comparator.comparing((CitySummary city) -> city.name().fr()))
                .toList();
    }

    public long createCity(String communeCode, CityDetails details) {
        organisation.requireAdministrator();
        String cleanCode = code(communeCode, "communeCode", COMMUNE_CODE_LENGTH, "organisation.error.commune-code");
        CityDetails clean = details(details);
        if (cities.existsByCommuneCodeIgnoreCase(cleanCode)) {
            throw new InvalidOrganisationInputException("communeCode", "organisation.error.commune-code-taken");
        }
        try {
            return cities.saveAndFlush(new City(requireHubId(clean), cleanCode, clean))
                    .view()
                    .id();
        } catch (DataIntegrityViolationException e) {
            throw new InvalidOrganisationInputException("communeCode", "organisation.error.commune-code-taken");
        }
    }

    /**
     * Changes a city's names, province, region or hub. Moving it to another hub hands it to that hub's advisors
     * and portfolio; its users stay attached to the city and keep their access.
     */
    public void editCity(long cityId, long version, CityDetails details) {
        organisation.requireAdministrator();
        CityDetails clean = details(details);
        City city = cities.findById(cityId).orElseThrow(() -> new NoSuchElementException("No city " + cityId));
        requireVersion(city.version(), version);
        city.edit(requireHubId(clean), clean);
        flush(cities::flush);
    }

    private static void requireVersion(long stored, long expected) {
        if (stored != expected) {
            throw new InvalidOrganisationInputException("version", "organisation.error.changed");
        }
    }

    /** A concurrent edit that committed after our version check fails here, inside our transaction. */
    private static void flush(Runnable flush) {
        try {
            flush.run();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new InvalidOrganisationInputException("version", "organisation.error.changed");
        }
    }

    private long requireHubId(CityDetails details) {
        Long hubId = details.hubId();
        if (hubId == null || !hubs.existsById(hubId)) {
            throw new InvalidOrganisationInputException("hub", "organisation.error.hub");
        }
        return hubId;
    }

    private static String code(@Nullable String value, String field, int maxLength, String messageKey) {
        String clean = plain(value, field);
        if (clean.isEmpty() || clean.length() > maxLength || !clean.matches(CODE_CHARACTERS)) {
            throw new InvalidOrganisationInputException(field, messageKey);
        }
        return clean;
    }

    private static String text(@Nullable String value, String field, int maxLength, String messageKey) {
        String clean = plain(value, field);
        if (clean.isEmpty() || clean.length() > maxLength) {
            throw new InvalidOrganisationInputException(field, messageKey);
        }
        return clean;
    }

    /** Trimmed, and free of characters that would reverse the app's text around it wherever it is shown. */
    private static String plain(@Nullable String value, String field) {
        String clean = value == null ? "" : value.strip();
        if (!PlainText.isPlain(clean)) {
            throw new InvalidOrganisationInputException(field, PlainText.MESSAGE_KEY);
        }
        return clean;
    }

    private static LocalizedText names(LocalizedText name) {
        return new LocalizedText(
                text(name.en(), "nameEn", NAME_LENGTH, "organisation.error.name"),
                text(name.fr(), "nameFr", NAME_LENGTH, "organisation.error.name"),
                text(name.ar(), "nameAr", NAME_LENGTH, "organisation.error.name"));
    }

    private CityDetails details(CityDetails details) {
        LocalizedText name = names(details.name());
        String province = text(details.province(), "province", PLACE_LENGTH, "organisation.error.place");
        String provinceAr = text(details.provinceAr(), "provinceAr", PLACE_LENGTH, "organisation.error.place");
        String region = text(details.region(), "region", PLACE_LENGTH, "organisation.error.place");
        String regionAr = text(details.regionAr(), "regionAr", PLACE_LENGTH, "organisation.error.place");
        CityDetails clean = new CityDetails(details.hubId(), name, province, provinceAr, region, regionAr);
        requireHubId(clean);
        return clean;
    }

    private static CitySummary summary(City city, HubRef hub) {
        CityRef view = city.view();
        return new CitySummary(
                view.id(),
                view.communeCode(),
                view.name(),
                view.province(),
                view.provinceAr(),
                view.region(),
                view.regionAr(),
                hub,
                city.version());
    }
}
