package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.SavedAnswer;
import io.nlc.chart.NlcChart;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.Tier;
import io.nlc.kernel.DataTable;
import io.nlc.scoring.ThemeScore;
import io.nlc.testsupport.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ResultsViewTest extends ViewTestSupport {

    @Autowired
    FrameworkCatalog catalog;

    @Test
    void tableChartsAndActionsShowTheScoredAnswers() {
        Fixtures.signIn(world.memberA1);
        List<Item> t1 = catalog.current().theme("T1").orElseThrow().itemsFor(Tier.CORE);
        for (Item item : t1) {
            assessments.save(assessment, item.id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        }
        navigate(ResultsView.class, id());

        @SuppressWarnings("unchecked")
        DataTable<ThemeScore> table =
                $(DataTable.class).withClassName("results-table").single();
        assertThat(table.cellText(0, 0))
                .isEqualTo(catalog.current().theme("T1").orElseThrow().name().en());
        assertThat(table.cellText(0, 1)).isEqualTo("25.0");
        assertThat(table.cellText(0, 5)).isEqualTo("2.0");
        assertThat(table.cellText(1, 1)).isEqualTo("–");

        NlcChart radar = $(NlcChart.class).id("radar-chart");
        String config = radar.getElement().getProperty("config");
        assertThat(config).contains("\"type\":\"radar\"").doesNotContain("\"rtl\"");
        assertThat(radar.getElement().getAttribute("aria-label")).isNotBlank();
        NlcChart gaps = $(NlcChart.class).id("gap-chart");
        assertThat(gaps.getElement().getProperty("config"))
                .contains("\"indexAxis\":\"y\"")
                .contains("\"autoSkip\":false");

        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .withClassName("no-peers")
                        .single()
                        .getText())
                .isEqualTo(com.vaadin.flow.component.UI.getCurrent().getTranslation("results.peers.unavailable", 0, 3));
        assertThat(config).doesNotContain("#6a3d9a");

        assertThat($(ListItem.class).all())
                .isNotEmpty()
                .allSatisfy(item ->
                        assertThat(item.getElement().getTextRecursively()).contains("T1."));
        // How the index is worked out, with the bands one link away.
        com.vaadin.flow.component.html.Paragraph how = $(com.vaadin.flow.component.html.Paragraph.class)
                .withClassName("index-how")
                .single();
        assertThat(how.getText())
                .isEqualTo(com.vaadin.flow.component.UI.getCurrent().getTranslation("results.index.how"));
        assertThat($(RouterLink.class).withClassName("index-how-link").single().getHref())
                .isEqualTo("about");
        // Each item an action answers opens in the questionnaire, with its question as the tooltip.
        List<RouterLink> because = $(RouterLink.class).all().stream()
                .filter(link -> link.getParent()
                        .filter(parent -> parent.getElement().getClassList().contains("because-of"))
                        .isPresent())
                .toList();
        assertThat(because).isNotEmpty().allSatisfy(link -> {
            String itemId = link.getText().replaceAll("[\u2066-\u2069]", "");
            assertThat(link.getHref())
                    .isEqualTo("assessments/" + assessment + "?" + MyItemsView.ITEM_PARAMETER + "=" + itemId);
            assertThat(link.getElement().getAttribute("title"))
                    .isEqualTo(t1.stream()
                            .filter(item -> item.id().equals(itemId))
                            .findFirst()
                            .orElseThrow()
                            .question()
                            .en());
        });
    }

    @Test
    void aFrenchReaderGetsDecimalCommasInTheTableAndTheCharts() {
        Fixtures.signIn(world.memberA1);
        for (Item item : catalog.current().theme("T1").orElseThrow().itemsFor(Tier.CORE)) {
            assessments.save(assessment, item.id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        }
        String french = "membre-fr-" + Long.toString(System.nanoTime(), 36);
        setup.user(
                french,
                Fixtures.PASSWORD,
                "Membre",
                io.nlc.organisation.Role.CITY_MEMBER,
                world.cityA1,
                null,
                io.nlc.content.Language.FR);
        Fixtures.signIn(french);
        navigate(ResultsView.class, id());

        @SuppressWarnings("unchecked")
        DataTable<ThemeScore> table =
                $(DataTable.class).withClassName("results-table").single();
        assertThat(table.cellText(0, 1)).isEqualTo("25,0");
        assertThat(table.cellText(0, 5)).isEqualTo("2,0");
        assertThat($(NlcChart.class).id("gap-chart").getElement().getProperty("config"))
                .contains("\"locale\":\"fr\"");
    }

    @Test
    void advisorOfTheHubSeesTheResults() {
        Fixtures.signIn(world.advisorA);
        navigate(ResultsView.class, id());
        assertThat($(DataTable.class).withClassName("results-table").single()).isNotNull();
    }

    @Test
    void downloadPdfAsksTheLanguageInTheReadersOwnAndLeavesInternalMaterialOut() {
        String french = "membre-pdf-" + Long.toString(System.nanoTime(), 36);
        setup.user(
                french,
                Fixtures.PASSWORD,
                "Membre",
                io.nlc.organisation.Role.CITY_MEMBER,
                world.cityA1,
                null,
                io.nlc.content.Language.FR);
        Fixtures.signIn(french);
        navigate(ResultsView.class, id());

        test($(com.vaadin.flow.component.button.Button.class)
                        .withClassName("report-download")
                        .single())
                .click();
        ReportDownloads.AssessmentDialog dialog =
                $(ReportDownloads.AssessmentDialog.class).single();
        assertThat(dialog.language.getValue()).isEqualTo(io.nlc.content.Language.FR);
        assertThat(dialog.internal.getValue()).isFalse();
        assertThat(dialog.download.getHref()).as("served by a download handler").isNotBlank();
    }
}
