package io.nlc.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The side menu comes from the screens' @Menu, filtered by access, in the order of what each role does most. */
@SpringBootTest
class MainMenuTest extends BrowserlessWorldTest {

    @Test
    void anAdministratorSeesEachHubsPortfolioRightAfterHome() {
        Fixtures.signIn(world.admin);
        List<String> paths = paths();
        assertThat(paths).contains("hubs/" + world.hubA, "hubs/" + world.hubB);
        // Other tests' hubs share the database: every portfolio stands for one "hubs/" entry here.
        assertThat(paths.stream()
                        .map(path -> path.startsWith("hubs/") ? "hubs/" : path)
                        .distinct())
                .containsExactly(
                        "",
                        "hubs/",
                        "accounts",
                        "organisation",
                        "api-clients",
                        "content-packs",
                        "archive-import",
                        "account/password",
                        "account/second-factor",
                        "account/sessions",
                        "about");
        // The review saw "Portfolio: Strong Cities M…" cut: the label is a span of its own that wraps, and the
        // entry's title holds it whole.
        SideNavItem hubA = $(SideNavItem.class).all().stream()
                .filter(item -> ("hubs/" + world.hubA).equals(item.getPath()))
                .findFirst()
                .orElseThrow();
        assertThat($(com.vaadin.flow.component.html.Span.class, hubA)
                        .withClassName("nav-label-wraps")
                        .single()
                        .getText())
                .startsWith(UI.getCurrent().getTranslation("nav.portfolio", "").strip())
                .isEqualTo(hubA.getElement().getAttribute("title"));
    }

    @Test
    void anAdvisorSeesTheirOnePortfolioUnderAShortLabel() {
        Fixtures.signIn(world.advisorA);
        assertThat(paths())
                .containsExactly(
                        "",
                        "hubs/" + world.hubA,
                        "account/password",
                        "account/second-factor",
                        "account/sessions",
                        "about");
        assertThat(labels().get(1)).isEqualTo(UI.getCurrent().getTranslation("nav.portfolio.short"));
    }

    @Test
    void aCoordinatorSeesTheirItemsThenTheTeamsAccounts() {
        Fixtures.signIn(world.coordinatorA1);
        assertThat(paths())
                .containsExactly(
                        "",
                        "my-items",
                        "ratings",
                        "accounts",
                        "account/password",
                        "account/second-factor",
                        "account/sessions",
                        "about");
    }

    @Test
    void aMemberSeesTheirItemsAfterHome() {
        Fixtures.signIn(world.memberA1);
        assertThat(paths())
                .containsExactly(
                        "",
                        "my-items",
                        "ratings",
                        "account/password",
                        "account/second-factor",
                        "account/sessions",
                        "about");
    }

    @Test
    void aRaterSeesWhatToRateAndTheirAccountOnly() {
        Fixtures.signIn(world.raterA1);
        assertThat(paths())
                .containsExactly(
                        "", "ratings", "account/password", "account/second-factor", "account/sessions", "about");
    }

    @Test
    void aNationalFocalPointSeesOnlyHomeAndTheirAccount() {
        Fixtures.signIn(world.nationalA1B1);
        assertThat(paths())
                .containsExactly("", "account/password", "account/second-factor", "account/sessions", "about");
    }

    private List<String> paths() {
        navigate("about", Component.class);
        return $(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
    }

    private List<String> labels() {
        // A portfolio's label is a span of its own (it wraps), not the item's label.
        return $(SideNavItem.class).all().stream()
                .map(item -> item.getLabel() != null && !item.getLabel().isEmpty()
                        ? item.getLabel()
                        : item.getElement().getTextRecursively())
                .toList();
    }
}
