package io.nlc.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.kernel.Markup;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the framework versions show on screen, on the test framework: the About page lists both versions with their
 * bands and good-practice mapping, and the glossary; the questionnaire shows the rule for choosing a level and each
 * item's good-practice mapping, and a round on the older version shows that version's texts.
 */
@SpringBootTest
class ContentViewsTest extends BrowserlessWorldTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    FrameworkCatalog catalog;

    @Test
    void aboutShowsBothVersionsTheirBandsTheirMappingAndTheGlossary() {
        navigate("about", Component.class);
        Language language = Language.of(UI.getCurrent().getLocale());
        Framework v2 = catalog.version(2);
        Framework v1 = catalog.version(1);
        Section newest = $(Section.class).id("framework-v2");
        Section older = $(Section.class).id("framework-v1");
        assertThat(texts(Paragraph.class, newest))
                .contains(
                        t("about.version-current"),
                        t("about.bands.nearest"),
                        v2.introduction().in(language),
                        t("about.gp.source", v2.goodPracticeSource().in(language)));
        assertThat(texts(ListItem.class, newest))
                .contains(t(
                        "about.band",
                        t("item.level", 2) + " · " + v2.levelName(2).in(language),
                        io.nlc.base.Formats.score(37.5, language),
                        io.nlc.base.Formats.level(1.5, language)));
        assertThat(texts(Paragraph.class, older))
                .contains(t("about.version-older"), t("about.gp.unmapped"))
                .doesNotContain(t("about.bands.nearest"));
        assertThat(texts(ListItem.class, older))
                .contains(t(
                        "about.band",
                        t("item.level", 3) + " · " + v1.levelName(3).in(language),
                        io.nlc.base.Formats.score(60.0, language),
                        io.nlc.base.Formats.level(2.4, language)));

        Section glossary = $(Section.class).id("glossary");
        assertThat(texts(Span.class, glossary))
                .contains(catalog.glossary().terms().getFirst().term().in(language));
        assertThat(texts(Span.class, glossary).stream().map(ContentViewsTest::withoutIsolates))
                .contains(t("about.glossary.avoid", "التعاون الوطني المحلي"));
    }

    @Test
    void everyItemShowsTheLevelRuleAndItsGoodPracticeMapping() {
        Fixtures.signIn(world.coordinatorA1);
        long round = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        navigate("assessments/" + round, Component.class);
        assertThat($(Markup.class).withClassName("principles").single().getHtml())
                .startsWith("<summary>" + Markup.escape(t("questionnaire.principles")) + "</summary>");
        List<Component> choices =
                $(Component.class).withClassName("level-choice").all();
        // The choice draws its helper text into its markup (workspace.ChoiceGroup).
        assertThat(choices)
                .isNotEmpty()
                .allSatisfy(choice -> assertThat(choice.getElement().getChild(0).getProperty("innerHTML"))
                        .contains(
                                ">" + t("item.level-rule").replace("&", "&amp;").replace("<", "&lt;") + "</span>"));
        // T1.1 is traced in the newest test version; T1.2 is not.
        assertThat(goodPractices("T1.1")).isEqualTo(t("item.good-practices", "1, 2"));
        assertThat(goodPractices("T1.2")).isEqualTo(t("item.good-practices.unmapped"));
    }

    @Test
    void aRoundOnTheOlderVersionShowsItsOwnTextsAndNoUntracedNumbers() {
        Fixtures.signIn(world.coordinatorA1);
        long round = assessments.start(new NewAssessment(world.cityA1, "2024", Tier.CORE, Set.of(), Map.of()), 1);
        navigate("assessments/" + round, Component.class);
        assertThat($(Markup.class, $(Div.class).id("item-T1.1"))
                        .withClassName("item-head")
                        .single()
                        .getHtml())
                .contains("Old question T1.1?");
        assertThat($(Markup.class).withClassName("principles").all()).isEmpty();
        // Version 1 numbers its items but says nowhere where from: they are not shown.
        assertThat(goodPractices("T1.1")).isEqualTo(t("item.good-practices.unmapped"));
    }

    private static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    /** The card draws its good-practice line into the markup of its question and help (workspace.ItemCard). */
    private String goodPractices(String itemId) {
        String help = $(Markup.class, $(Div.class).id("item-" + itemId))
                .withClassName("item-head")
                .single()
                .getHtml();
        String start = "<p class=\"good-practices\">";
        return org.springframework.web.util.HtmlUtils.htmlUnescape(
                help.substring(help.indexOf(start) + start.length(), help.indexOf("</p>", help.indexOf(start))));
    }

    private <T extends Component> List<String> texts(Class<T> type, Component in) {
        return $(type, in).all().stream()
                .map(component -> component.getElement().getTextRecursively())
                .toList();
    }

    private static String withoutIsolates(String text) {
        return text.replace("\u2068", "").replace("\u2069", "");
    }
}
