package io.nlc.security;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.content.Tier;
import io.nlc.discussion.Discussions;
import io.nlc.kernel.InvalidInputException;
import io.nlc.kernel.PlainText;
import io.nlc.organisation.CityDetails;
import io.nlc.organisation.CitySummary;
import io.nlc.organisation.HubSummary;
import io.nlc.organisation.NewUser;
import io.nlc.organisation.OrganisationAdministration;
import io.nlc.organisation.Role;
import io.nlc.organisation.UserAdministration;
import io.nlc.testsupport.RoundTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Names, labels, codes and links refuse the invisible characters that reverse the text around them (review
 * finding W2), on the server, with one message; free text keeps them. H2 only: the check runs before any SQL.
 */
@SpringBootTest
class DirectionControlsTest extends RoundTest {

    /** Every bidirectional formatting character, and a line break for good measure. */
    private static final List<String> CONTROLS = List.of(
            "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E",
            "\u200F", "\u061C", "\n", "\u2029");

    @Autowired
    OrganisationAdministration administration;

    @Autowired
    UserAdministration accounts;

    @Autowired
    Discussions comments;

    @Test
    void aRoundLabelWithADirectionControlIsRefused() {
        signIn(world.coordinatorA1);
        for (String control : CONTROLS) {
            assertRefused(
                    () -> service.start(
                            new NewAssessment(world.cityA1, "20" + control + "27", Tier.CORE, Set.of(), Map.of())),
                    "roundLabel",
                    control);
        }
        assertThat(service.visibleAssessments())
                .extracting(summary -> summary.roundLabel())
                .containsOnly("2026");
    }

    @Test
    void hubAndCityFieldsWithADirectionControlAreRefusedOnCreateAndEdit() {
        signIn(world.admin);
        HubSummary hub = administration.hubs().stream()
                .filter(found -> found.id() == world.hubA)
                .findFirst()
                .orElseThrow();
        CitySummary city = administration.cities(world.hubA).stream()
                .filter(found -> found.id() == world.cityA1)
                .findFirst()
                .orElseThrow();
        for (String control : CONTROLS) {
            Function<String, String> spoiled = text -> text + control + "6202";
            assertRefused(
                    () -> administration.createHub(spoiled.apply("H-" + suffix), names("", "", "")), "code", control);
            assertRefused(
                    () -> administration.createHub("H-" + suffix, names(spoiled.apply("North"), "", "")),
                    "nameEn",
                    control);
            assertRefused(
                    () -> administration.createHub("H-" + suffix, names("", spoiled.apply("Nord"), "")),
                    "nameFr",
                    control);
            assertRefused(
                    () -> administration.createHub("H-" + suffix, names("", "", spoiled.apply("الشمال"))),
                    "nameAr",
                    control);
            assertRefused(
                    () -> administration.editHub(hub.id(), hub.version(), names("", "", spoiled.apply("الشمال"))),
                    "nameAr",
                    control);

            assertRefused(
                    () -> administration.createCity(spoiled.apply("C-" + suffix), city(names("", "", ""), "P", "R")),
                    "communeCode",
                    control);
            assertRefused(
                    () -> administration.createCity(
                            "C-" + suffix, city(names(spoiled.apply("Town"), "", ""), "P", "R")),
                    "nameEn",
                    control);
            assertRefused(
                    () -> administration.createCity(
                            "C-" + suffix, city(names("", spoiled.apply("Ville"), ""), "P", "R")),
                    "nameFr",
                    control);
            assertRefused(
                    () -> administration.createCity(
                            "C-" + suffix, city(names("", "", spoiled.apply("مدينة")), "P", "R")),
                    "nameAr",
                    control);
            assertRefused(
                    () -> administration.createCity("C-" + suffix, city(names("", "", ""), spoiled.apply("P"), "R")),
                    "province",
                    control);
            assertRefused(
                    () -> administration.createCity("C-" + suffix, city(names("", "", ""), "P", spoiled.apply("R"))),
                    "region",
                    control);
            assertRefused(
                    () -> administration.editCity(
                            city.id(), city.version(), city(names("", "", ""), "P", spoiled.apply("R"))),
                    "region",
                    control);
            assertRefused(
                    () -> administration.editCity(
                            city.id(), city.version(), city(names("", "", ""), spoiled.apply("P"), "R")),
                    "province",
                    control);
        }
        assertThat(administration.hubs()).extracting(HubSummary::code).noneMatch(code -> code.contains("H-" + suffix));
        assertThat(administration.cities(null))
                .extracting(CitySummary::communeCode)
                .noneMatch(code -> code.contains("C-" + suffix));
        CitySummary unchanged = administration.cities(world.hubA).stream()
                .filter(found -> found.id() == world.cityA1)
                .findFirst()
                .orElseThrow();
        assertThat(unchanged.region()).isEqualTo("Region A");
        assertThat(unchanged.province()).isEqualTo("Province A");
    }

    @Test
    void aDisplayNameOrUserNameWithADirectionControlIsRefused() {
        for (String manager : List.of(world.admin, world.coordinatorA1)) {
            signIn(manager);
            for (String control : CONTROLS) {
                assertRefused(
                        () -> accounts.create(new NewUser(
                                "fatima-" + suffix,
                                "Fatima " + control + "Zahra",
                                Role.CITY_MEMBER,
                                world.cityA1,
                                null,
                                Language.AR)),
                        "displayName",
                        control);
                // User names were already limited to a-z, 0-9, dot, dash and underscore.
                assertThatThrownBy(() -> accounts.create(new NewUser(
                                "fatima" + control + "-" + suffix,
                                "Fatima",
                                Role.CITY_MEMBER,
                                world.cityA1,
                                null,
                                Language.AR)))
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.field()).isEqualTo("username"));
            }
        }
        signIn(world.admin);
        assertThat(accounts.manageableUsers()).noneMatch(user -> user.username().contains("fatima"));
    }

    @Test
    void anEvidenceLinkWithADirectionControlIsRefusedAndNothingIsSaved() {
        signIn(world.memberA1);
        String item = roundItems.getFirst().id();
        for (String control : CONTROLS) {
            AnswerDraft draft = AnswerDraft.empty()
                    .withLevel(2)
                    .withEvidence(
                            List.of("https://example.org/minutes.pdf", "http://example.com/" + control + "gpj.exe"));
            assertRefused(() -> service.save(round, item, draft, SavedAnswer.NEW), "evidence", control);
        }
        assertThat(service.answers(round)).doesNotContainKey(item);
    }

    @Test
    void freeTextKeepsItsDirectionMarks() {
        signIn(world.memberA1);
        String item = roundItems.getFirst().id();
        String mixed = "قرار المجلس\u200F 2026 \u200Eart. 12\u200E";
        SavedAnswer saved =
                service.save(round, item, AnswerDraft.empty().withLevel(2).withComment(mixed), SavedAnswer.NEW);
        assertThat(saved.draft().comment()).isEqualTo(mixed);
        long thread = comments.start(round, item, mixed);
        assertThat(comments.threads(round))
                .filteredOn(found -> found.id() == thread)
                .singleElement()
                .satisfies(
                        found -> assertThat(found.messages().getFirst().body()).isEqualTo(mixed));
    }

    private static LocalizedText names(String en, String fr, String ar) {
        return new LocalizedText(en.isEmpty() ? "Name" : en, fr.isEmpty() ? "Nom" : fr, ar.isEmpty() ? "اسم" : ar);
    }

    private CityDetails city(LocalizedText name, String province, String region) {
        return new CityDetails(world.hubA, name, province, "إقليم", region, "جهة");
    }

    private static void assertRefused(ThrowingCallable call, String field, String control) {
        assertThatThrownBy(call)
                .as("U+%04X in %s", (int) control.charAt(0), field)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(PlainText.MESSAGE_KEY);
                });
    }
}
