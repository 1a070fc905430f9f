package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.NewAssessment;
import io.nlc.base.Formats;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.content.Tier;
import io.nlc.organisation.Role;
import io.nlc.testsupport.Fixtures;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names and labels that carry a right-to-left override (U+202E), as stored before the services refused them, stay
 * inside their own isolate wherever the app writes them into a sentence, so they cannot reverse the app's own words
 * (review finding W2).
 */
@SpringBootTest
class DirectionIsolationViewTest extends ViewTestSupport {

    private static final String RLO = "\u202E";

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOverrideInANameOrLabelStaysInsideItsIsolateInTheBellAndTheSubtitle() {
        String s = Long.toString(System.nanoTime(), 36);
        String province = "Tanger" + RLO + "-Assilah";
        String region = "Tanger" + RLO + "-Tétouan";
        LocalizedText cityName = new LocalizedText("Ksar" + RLO + " " + s, "Ksar " + s, "القصر " + s);
        long city = setup.city(
                "RLO-" + s,
                new io.nlc.organisation.CityDetails(world.hubA, cityName, province, "طنجة", region, "طنجة"));
        String coordinator = "coord-rlo-" + s;
        String coordinatorName = "Karim " + RLO + "Alaoui";
        setup.user(coordinator, Fixtures.PASSWORD, coordinatorName, Role.CITY_COORDINATOR, city, null, Language.EN);
        Fixtures.signIn(coordinator);
        long round = assessments.start(new NewAssessment(city, "2026", Tier.CORE, Set.of(), Map.of()));
        String label = "2026" + RLO + " pilot";
        jdbc.update("update assessment set round_label = ? where id = ?", label, round);
        workflow.submit(round, "Core scan");

        Fixtures.signIn(world.advisorA);
        navigate(HomeView.class);
        Div section = $(Div.class).withClassName("city-section").all().stream()
                .filter(found -> $(H2.class, found).single().getText().equals(cityName.en()))
                .findFirst()
                .orElseThrow();
        String subtitle = $(Span.class, section).withClassName("muted").first().getText();
        assertThat(subtitle).isEqualTo(Formats.isolate(province) + " · " + Formats.isolate(region));
        assertEveryOverrideIsolated(subtitle);

        Popover popover = $(Popover.class).single();
        popover.setOpened(true);
        Anchor notification = $(Anchor.class, popover).single();
        String text = notification.getText();
        assertThat(text)
                .isEqualTo(UI.getCurrent()
                        .getTranslation(
                                "notification.SUBMITTED",
                                Formats.isolate(coordinatorName),
                                Formats.isolate(cityName.en()),
                                Formats.isolate(label)));
        assertEveryOverrideIsolated(text);

        Fixtures.signIn(coordinator);
        navigate("about", com.vaadin.flow.component.Component.class);
        navigate(HomeView.class);
        String welcome = UI.getCurrent()
                .getTranslation(
                        "home.welcome",
                        Formats.isolate(coordinatorName),
                        UI.getCurrent().getTranslation("role.CITY_COORDINATOR"));
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains(welcome);
        assertEveryOverrideIsolated(welcome);
    }

    @Test
    void aStrayPopIsolateCannotEndTheIsolateEarly() {
        String name = "Karim\u2069" + RLO + "Alaoui";
        String isolated = Formats.isolate(name);
        assertThat(isolated).isEqualTo("\u2068Karim" + RLO + "Alaoui\u2069");
        assertEveryOverrideIsolated("Saved by " + isolated + ", today");
        assertThat(Formats.isolate("a\u2066b\u2069c"))
                .as("balanced isolates are kept")
                .isEqualTo("\u2068a\u2066b\u2069c\u2069");
    }

    @Test
    void aLinkShowsItsDirectionControlsEncoded() {
        assertThat(Formats.link("http://example.com/" + RLO + "gpj.exe"))
                .isEqualTo("http://example.com/%E2%80%AEgpj.exe");
        assertThat(Formats.link("https://example.ma/قرار-12")).isEqualTo("https://example.ma/قرار-12");
    }

    /** Each override sits between a first-strong isolate and its pop-isolate, with no pop-isolate in between. */
    private static void assertEveryOverrideIsolated(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2066' || c == '\u2067' || c == '\u2068') {
                depth++;
            } else if (c == '\u2069') {
                depth--;
                assertThat(depth)
                        .as("pop-isolate without its opening at %d in %s", i, text)
                        .isNotNegative();
            } else if (c >= '\u202A' && c <= '\u202E') {
                assertThat(depth)
                        .as("U+%04X outside any isolate at %d in %s", (int) c, i, text)
                        .isPositive();
            }
        }
        assertThat(depth).as("unclosed isolate in %s", text).isZero();
    }
}
