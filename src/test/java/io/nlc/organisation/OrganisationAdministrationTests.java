package io.nlc.organisation;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.WorldTest;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hub and city administration on every database: administrators only, clean input, no lost edits. */
abstract class OrganisationAdministrationTests extends WorldTest {

    @Autowired
    Directory directory;

    @Autowired
    OrganisationAdministration administration;

    @Autowired
    UserAdministration accounts;

    @Autowired
    Organisation organisation;

    @Test
    void anAdministratorCreatesAndEditsHubsAndCitiesAndMovesACityWithItsTeam() {
        signIn(world.admin);
        long hub = administration.createHub(
                "  N-" + suffix + " ", new LocalizedText(" North " + suffix, "Nord " + suffix, "الشمال " + suffix));
        HubSummary created = hubSummary(hub);
        assertThat(created.code()).isEqualTo("N-" + suffix);
        assertThat(created.name().en()).isEqualTo("North " + suffix);
        assertThat(created.cities()).isZero();

        long city = administration.createCity(
                " 101.01." + suffix,
                new CityDetails(
                        hub,
                        new LocalizedText("Chefchaouen", "Chefchaouen", "شفشاون"),
                        " Chefchaouen ",
                        " شفشاون ",
                        "Tanger-Tétouan-Al Hoceïma",
                        "طنجة تطوان الحسيمة"));
        assertThat(hubSummary(hub).cities()).isEqualTo(1);
        CitySummary summary = citySummary(city);
        assertThat(summary.communeCode()).isEqualTo("101.01." + suffix);
        assertThat(summary.province()).isEqualTo("Chefchaouen");
        // Province and region have their Arabic names too, which Arabic readers see.
        assertThat(summary.provinceAr()).isEqualTo("شفشاون");
        assertThat(summary.regionAr()).isEqualTo("طنجة تطوان الحسيمة");
        assertThat(summary.hub().id()).isEqualTo(hub);
        assertThat(administration.cities(hub)).extracting(CitySummary::id).containsExactly(city);
        assertThat(administration.cities(null)).extracting(CitySummary::id).contains(city, world.cityA1, world.cityB1);

        administration.editHub(hub, created.version(), new LocalizedText("Northern hub", "Pôle nord", "مركز الشمال"));
        assertThat(hubSummary(hub).name()).isEqualTo(new LocalizedText("Northern hub", "Pôle nord", "مركز الشمال"));
        assertThat(hubSummary(hub).version()).isGreaterThan(created.version());

        // The city gets a team, then moves to hub A: hub A's advisor takes over, the team stays with the city.
        String coordinator = "coord-new-" + suffix;
        accounts.create(new NewUser(coordinator, "New Coordinator", Role.CITY_COORDINATOR, city, null, Language.FR));
        administration.editCity(
                city,
                summary.version(),
                new CityDetails(
                        world.hubA,
                        new LocalizedText("Chefchaouen", "Chefchaouen", "شفشاون"),
                        "Chefchaouen",
                        "شفشاون",
                        "Tanger-Tétouan",
                        "طنجة تطوان"));
        assertThat(citySummary(city).hub().id()).isEqualTo(world.hubA);
        assertThat(citySummary(city).region()).isEqualTo("Tanger-Tétouan");
        assertThat(organisation.city(city).region(Language.AR)).isEqualTo("طنجة تطوان");
        assertThat(organisation.city(city).region(Language.FR)).isEqualTo("Tanger-Tétouan");
        assertThat(hubSummary(hub).cities()).isZero();
        assertThat(directory.advisorsOf(city)).hasSize(1);
        signIn(world.advisorA);
        assertThat(organisation.visibleCities()).extracting(CityRef::id).contains(city);
        signIn(world.advisorB);
        assertThat(organisation.visibleCities()).extracting(CityRef::id).doesNotContain(city);
        signIn(coordinator);
        assertThat(organisation.currentUser().cityId()).isEqualTo(city);
        assertThat(organisation.city(city).hubId()).isEqualTo(world.hubA);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        signIn(world.admin);
        LocalizedText name = new LocalizedText("Name", "Nom", "اسم");
        assertRefused(() -> administration.createHub("  ", name), "code", "organisation.error.hub-code");
        assertRefused(() -> administration.createHub("x".repeat(41), name), "code", "organisation.error.hub-code");
        assertRefused(() -> administration.createHub("two words", name), "code", "organisation.error.hub-code");
        assertRefused(
                () -> administration.createHub("H-" + suffix, new LocalizedText("Name", " ", "اسم")),
                "nameFr",
                "organisation.error.name");
        assertRefused(
                () -> administration.createHub("H-" + suffix, new LocalizedText("Name", "Nom", "ا".repeat(201))),
                "nameAr",
                "organisation.error.name");
        // The fixture's hub code in another case is still the same code.
        String existingHub = hubSummary(world.hubA).code();
        assertRefused(
                () -> administration.createHub(existingHub.toLowerCase(), name),
                "code",
                "organisation.error.hub-code-taken");
        assertThat(administration.hubs()).extracting(HubSummary::code).doesNotContain("H-" + suffix);

        assertRefused(
                () -> administration.createCity("", details(world.hubA, "P", "R")),
                "communeCode",
                "organisation.error.commune-code");
        assertRefused(
                () -> administration.createCity("1".repeat(21), details(world.hubA, "P", "R")),
                "communeCode",
                "organisation.error.commune-code");
        String existingCity = citySummary(world.cityA1).communeCode();
        assertRefused(
                () -> administration.createCity(existingCity.toLowerCase(), details(world.hubA, "P", "R")),
                "communeCode",
                "organisation.error.commune-code-taken");
        assertRefused(
                () -> administration.createCity("C-" + suffix, details(world.hubA, "", "R")),
                "province",
                "organisation.error.place");
        assertRefused(
                () -> administration.createCity("C-" + suffix, details(world.hubA, "P", "r".repeat(121))),
                "region",
                "organisation.error.place");
        assertRefused(
                () -> administration.createCity("C-" + suffix, details(null, "P", "R")),
                "hub",
                "organisation.error.hub");
        assertRefused(
                () -> administration.createCity("C-" + suffix, details(-1L, "P", "R")),
                "hub",
                "organisation.error.hub");
        assertRefused(
                () -> administration.editCity(
                        world.cityA1, citySummary(world.cityA1).version(), details(world.hubA, "P", " ")),
                "region",
                "organisation.error.place");
        assertRefused(
                () -> administration.createCity(
                        "C-" + suffix,
                        new CityDetails(
                                world.hubA, new LocalizedText("Town", "Ville", "مدينة"), "P", "إقليم", "R", " ")),
                "regionAr",
                "organisation.error.place");
        assertThat(administration.cities(null))
                .extracting(CitySummary::communeCode)
                .doesNotContain("C-" + suffix);
        assertThat(citySummary(world.cityA1).province()).isEqualTo("Province A");
    }

    @Test
    void anEditStartedFromAnOlderVersionIsRefusedInsteadOfOverwritingTheOtherChange() {
        signIn(world.admin);
        HubSummary hubSeen = hubSummary(world.hubB);
        CitySummary citySeen = citySummary(world.cityB1);
        // Someone else saves first...
        administration.editHub(world.hubB, hubSeen.version(), new LocalizedText("First", "Premier", "الأول"));
        administration.editCity(world.cityB1, citySeen.version(), details(world.hubB, "First province", "Region B"));
        // ...then the edits started from the old versions arrive.
        assertRefused(
                () -> administration.editHub(
                        world.hubB, hubSeen.version(), new LocalizedText("Second", "Second", "الثاني")),
                "version",
                "organisation.error.changed");
        assertRefused(
                () -> administration.editCity(
                        world.cityB1, citySeen.version(), details(world.hubA, "Second province", "Region B")),
                "version",
                "organisation.error.changed");
        assertThat(hubSummary(world.hubB).name().en()).isEqualTo("First");
        assertThat(citySummary(world.cityB1).province()).isEqualTo("First province");
        assertThat(citySummary(world.cityB1).hub().id()).isEqualTo(world.hubB);

        // Starting again from the current version works.
        administration.editCity(
                world.cityB1, citySummary(world.cityB1).version(), details(world.hubB, "Second province", "Region B"));
        assertThat(citySummary(world.cityB1).province()).isEqualTo("Second province");
    }

    @Test
    void everyoneButAnAdministratorIsRefused() {
        signIn(world.admin);
        long hubVersion = hubSummary(world.hubA).version();
        long cityVersion = citySummary(world.cityA1).version();
        LocalizedText name = new LocalizedText("Name", "Nom", "اسم");
        List<ThrowingCallable> calls = List.of(
                () -> administration.hubs(),
                () -> administration.cities(null),
                () -> administration.cities(world.hubA),
                () -> administration.createHub("X-" + suffix, name),
                () -> administration.editHub(world.hubA, hubVersion, name),
                () -> administration.createCity("X-" + suffix, details(world.hubA, "P", "R")),
                () -> administration.editCity(world.cityA1, cityVersion, details(world.hubA, "P", "R")));
        for (String user :
                List.of(world.memberA1, world.coordinatorA1, world.advisorA, world.advisorB, world.nationalA1B1)) {
            signIn(user);
            for (ThrowingCallable call : calls) {
                assertThatThrownBy(call).as(user).isInstanceOf(NotPermittedException.class);
            }
        }
        Fixtures.signOut();
        assertThatThrownBy(() -> administration.hubs()).isInstanceOf(NotPermittedException.class);

        signIn(world.admin);
        assertThat(hubSummary(world.hubA).version()).isEqualTo(hubVersion);
        assertThat(citySummary(world.cityA1).province()).isEqualTo("Province A");
        assertThat(administration.hubs()).extracting(HubSummary::code).doesNotContain("X-" + suffix);
    }

    private static CityDetails details(Long hubId, String province, String region) {
        return new CityDetails(hubId, new LocalizedText("Town", "Ville", "مدينة"), province, "إقليم", region, "جهة");
    }

    private HubSummary hubSummary(long hubId) {
        return administration.hubs().stream()
                .filter(hub -> hub.id() == hubId)
                .findFirst()
                .orElseThrow();
    }

    private CitySummary citySummary(long cityId) {
        return administration.cities(null).stream()
                .filter(city -> city.id() == cityId)
                .findFirst()
                .orElseThrow();
    }

    private static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidOrganisationInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
