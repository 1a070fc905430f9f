package io.nlc.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.chart.ChartSpec.BarSpec;
import io.nlc.chart.ChartSpec.Dataset;
import io.nlc.chart.ChartSpec.RadarSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartSpecTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void radarHasFixedRadialScaleLabelsDatasetsAndRightToLeftLegend() {
        RadarSpec spec = new RadarSpec(
                List.of("الحوكمة", "Data", "People"),
                List.of(
                        new Dataset("Current", Arrays.asList(1.5, null, 3.0), "#1f6feb", true),
                        Dataset.target("Target", List.of(3.0, 3.0, 4.0), "#d29922")),
                0,
                4,
                1.0,
                true);

        JsonNode json = MAPPER.readTree(ChartConfigJson.toJson(spec, Locale.ENGLISH));

        assertThat(json.get("type").asString()).isEqualTo("radar");
        assertThat(json.at("/data/labels")).extracting(JsonNode::asString).containsExactly("الحوكمة", "Data", "People");

        JsonNode r = json.at("/options/scales/r");
        assertThat(r.get("min").asDouble()).isEqualTo(0.0);
        assertThat(r.get("max").asDouble()).isEqualTo(4.0);
        assertThat(r.at("/ticks/stepSize").asDouble()).isEqualTo(1.0);
        assertThat(r.at("/ticks/display").asBoolean(true))
                .as("Chart.js's own ring values sit on the first spoke, under the series; nlc-chart.js draws them")
                .isFalse();
        assertThat(json.at("/options/plugins/legend/position").asString()).isEqualTo("bottom");
        assertThat(json.at("/options/plugins/legend/rtl").asBoolean()).isTrue();
        assertThat(json.at("/options/plugins/legend/textDirection").asString()).isEqualTo("rtl");
        assertThat(json.at("/options/plugins/tooltip/rtl").asBoolean()).isTrue();
        assertThat(json.at("/options/plugins/tooltip/textDirection").asString()).isEqualTo("rtl");

        JsonNode datasets = json.at("/data/datasets");
        assertThat(datasets.size()).isEqualTo(2);
        JsonNode current = datasets.get(0);
        assertThat(current.get("label").asString()).isEqualTo("Current");
        assertThat(current.get("data").get(0).asDouble()).isEqualTo(1.5);
        assertThat(current.get("data").get(1).isNull())
                .as("missing point stays null")
                .isTrue();
        assertThat(current.get("borderColor").asString()).isEqualTo("#1f6feb");
        assertThat(current.get("backgroundColor").asString()).isEqualTo("rgba(31,111,235,0.2)");
        assertThat(current.get("fill").asBoolean()).isTrue();
        assertThat(current.has("borderDash")).isFalse();

        JsonNode target = datasets.get(1);
        assertThat(target.get("fill").asBoolean()).isFalse();
        assertThat(target.get("borderDash")).extracting(JsonNode::asDouble).containsExactly(6.0, 4.0);
        assertThat(target.get("pointRadius").asInt()).isZero();
    }

    @Test
    void horizontalBarUsesYIndexAxisAndPutsValueSettingsOnX() {
        BarSpec spec = new BarSpec(
                List.of("Governance", "Data"),
                List.of(new Dataset("Score", List.of(2.0, 3.5), "#2da44e", false)),
                true,
                0.0,
                4.0,
                null,
                "Score",
                false);

        JsonNode json = MAPPER.readTree(ChartConfigJson.toJson(spec, Locale.ENGLISH));

        assertThat(json.get("type").asString()).isEqualTo("bar");
        assertThat(json.at("/options/indexAxis").asString()).isEqualTo("y");
        assertThat(json.at("/options/scales/x/suggestedMin").asDouble()).isEqualTo(0.0);
        assertThat(json.at("/options/scales/x/suggestedMax").asDouble()).isEqualTo(4.0);
        assertThat(json.at("/options/scales/x/title/text").asString()).isEqualTo("Score");
        assertThat(json.at("/options/scales/y").has("title")).isFalse();
        assertThat(json.at("/options/scales/y/ticks/autoSkip").asBoolean(true))
                .as("every category keeps its label")
                .isFalse();
        assertThat(json.at("/options/scales/x").has("ticks"))
                .as("value ticks may thin out")
                .isFalse();
        assertThat(json.at("/options/scales/x").has("reverse")).isFalse();
        assertThat(json.at("/options/scales/y").has("position")).isFalse();
        assertThat(json.at("/options/plugins").has("tooltip")).isFalse();
        assertThat(json.at("/options/plugins/legend").has("rtl")).isFalse();

        JsonNode bar = json.at("/data/datasets/0");
        assertThat(bar.get("backgroundColor").asString()).isEqualTo("rgba(45,164,78,0.7)");
        assertThat(bar.has("fill")).as("bars need no fill").isFalse();
        assertThat(bar.has("pointRadius")).isFalse();
    }

    @Test
    void rightToLeftHorizontalBarsStartOnTheRightAndKeepEveryLabel() {
        BarSpec spec = new BarSpec(
                List.of("الحوكمة", "Data"),
                List.of(new Dataset("Gap", List.of(2.0, 1.0), "#c62828", true)),
                true,
                0.0,
                4.0,
                null,
                "Levels",
                true);

        JsonNode json = MAPPER.readTree(ChartConfigJson.toJson(spec, Locale.ENGLISH));

        assertThat(json.at("/options/scales/x/reverse").asBoolean())
                .as("bars grow to the left")
                .isTrue();
        assertThat(json.at("/options/scales/y/position").asString())
                .as("names on the right")
                .isEqualTo("right");
        assertThat(json.at("/options/scales/y/ticks/autoSkip").asBoolean(true)).isFalse();
        assertThat(json.at("/options/scales/x/suggestedMax").asDouble()).isEqualTo(4.0);
        assertThat(json.at("/options/plugins/legend/rtl").asBoolean()).isTrue();
        assertThat(json.at("/options/plugins/tooltip/textDirection").asString()).isEqualTo("rtl");
        assertThat(json.has("nlcRtl")).as("the configuration is pure Chart.js").isFalse();
    }

    @Test
    void rightToLeftVerticalBarsAndLinesRunTheirCategoriesFromTheRight() {
        BarSpec bars =
                new BarSpec(List.of("A", "B"), List.of(new Dataset("S", List.of(1.0, 2.0), "red", false)), false, true);
        ChartSpec.LineSpec line = new ChartSpec.LineSpec(
                List.of("2025", "2026"), List.of(new Dataset("Index", List.of(23.4, 39.6), "#1f6feb", false)), true);

        for (ChartSpec spec : List.of(bars, line)) {
            JsonNode json = MAPPER.readTree(ChartConfigJson.toJson(spec, Locale.ENGLISH));

            assertThat(json.at("/options/scales/x/reverse").asBoolean()).isTrue();
            assertThat(json.at("/options/scales/x/ticks/autoSkip").asBoolean(true))
                    .isFalse();
            assertThat(json.at("/options/scales/y/position").asString()).isEqualTo("right");
            assertThat(json.at("/options/scales/y").has("ticks")).isFalse();
        }
    }

    @Test
    void radarKeepsItsClockwiseOrderRightToLeft() {
        RadarSpec spec = new RadarSpec(
                List.of("أ", "ب", "ج"), List.of(new Dataset("S", List.of(1.0, 2.0, 3.0), "#1f6feb", true)), 0, 4, true);

        JsonNode json = MAPPER.readTree(ChartConfigJson.toJson(spec, Locale.ENGLISH));

        assertThat(json.at("/data/labels")).extracting(JsonNode::asString).containsExactly("أ", "ب", "ج");
        assertThat(json.at("/data/datasets/0/data"))
                .extracting(JsonNode::asDouble)
                .containsExactly(1.0, 2.0, 3.0);
        assertThat(json.at("/options/scales/r").has("reverse")).isFalse();
        assertThat(json.at("/options/scales/r/ticks").has("stepSize"))
                .as("no step size given")
                .isFalse();
        assertThat(json.at("/options/layout/padding").asInt())
                .as("room for the outermost labels")
                .isPositive();
    }

    @Test
    void verticalBarHasNoIndexAxis() {
        BarSpec spec = new BarSpec(List.of("A"), List.of(new Dataset("S", List.of(1.0), "red", false)), false, false);

        JsonNode json = MAPPER.readTree(ChartConfigJson.toJson(spec, Locale.ENGLISH));

        assertThat(json.at("/options").has("indexAxis")).isFalse();
        assertThat(json.at("/data/datasets/0/backgroundColor").asString())
                .as("non-hex colours pass through")
                .isEqualTo("red");
    }

    /** The first and last rounds of a trend sit half a step in from the edges, so their labels are not cut. */
    @Test
    void aLineChartLeavesRoomForTheLabelsAtBothEnds() {
        ChartSpec.LineSpec spec = new ChartSpec.LineSpec(
                List.of("2024", "2025"), List.of(new Dataset("T1", List.of(31.3, 56.3), "#abc", false)), true);

        JsonNode json = MAPPER.readTree(ChartConfigJson.toJson(spec, Locale.ENGLISH));

        assertThat(json.at("/options/scales/x/offset").asBoolean()).isTrue();
    }

    @Test
    void nonFiniteValuesBecomeMissingPointsSoTheJsonStaysParseable() {
        ChartSpec.LineSpec spec = new ChartSpec.LineSpec(
                List.of("Q1", "Q2"), List.of(new Dataset("S", List.of(Double.NaN, 2.0), "#abc", false)), false);

        JsonNode json = MAPPER.readTree(ChartConfigJson.toJson(spec, Locale.ENGLISH));

        assertThat(json.at("/data/datasets/0/data/0").isNull()).isTrue();
        assertThat(json.at("/data/datasets/0/backgroundColor").asString()).isEqualTo("rgba(170,187,204,0.2)");
    }

    @Test
    void chartsFormatTheirNumbersInTheReadersLocale() {
        BarSpec spec =
                new BarSpec(List.of("A"), List.of(new Dataset("Gap", List.of(1.5), "#1f6feb", false)), true, true);

        // Chart.js formats ticks and tooltips with Intl for options.locale: "1,5" in French and in Moroccan Arabic
        // (Western digits), instead of the browser's own locale.
        assertThat(MAPPER.readTree(ChartConfigJson.toJson(spec, Locale.FRENCH))
                        .at("/options/locale")
                        .asString())
                .isEqualTo("fr");
        assertThat(MAPPER.readTree(ChartConfigJson.toJson(spec, Locale.of("ar", "MA")))
                        .at("/options/locale")
                        .asString())
                .isEqualTo("ar-MA");
    }

    @Test
    void radarRejectsAnEmptyScale() {
        assertThatThrownBy(() -> new RadarSpec(List.of("A"), List.of(), 4, 4, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
