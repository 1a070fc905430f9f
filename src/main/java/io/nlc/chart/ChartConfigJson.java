package io.nlc.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.nlc.chart.ChartSpec.BarSpec;
import io.nlc.chart.ChartSpec.Dataset;
import io.nlc.chart.ChartSpec.LineSpec;
import io.nlc.chart.ChartSpec.RadarSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a {@link ChartSpec} into the Chart.js 4 configuration JSON that {@code <nlc-chart>} expects.
 * Static and Vaadin-free so that the mapping can be unit-tested without a UI.
 */
public final class ChartConfigJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern HEX_COLOR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final double AREA_ALPHA = 0.2;
    private static final double BAR_ALPHA = 0.7;
    private static final int POINT_RADIUS = 3;
    private static final int RADAR_PADDING = 4;
    private static final Map<String, Object> RTL_TEXT = Map.of("rtl", true, "textDirection", "rtl");

    private ChartConfigJson() {}

    // Component names are the JSON keys: the whole record is a Chart.js configuration.
    record Config(String type, Data data, Map<String, Object> options) {}

    record Data(List<String> labels, List<DatasetJson> datasets) {}

    // Absent rather than null, so Chart.js falls back to its own defaults (e.g. no fill or points on bars).
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DatasetJson(
            String label,
            List<@Nullable Double> data,
            String borderColor,
            String backgroundColor,
            @Nullable Boolean fill,
            @Nullable List<Double> borderDash,
            @Nullable Integer pointRadius) {}

    /** The Chart.js configuration; ticks and tooltips format numbers for {@code numberLocale} ("1,5" in French). */
    public static String toJson(ChartSpec spec, Locale numberLocale) {
        Config config = switch (spec) {
            case RadarSpec radar -> new Config("radar", data(spec, false), radarOptions(radar));
            case BarSpec bar -> new Config("bar", data(spec, true), barOptions(bar));
            case LineSpec line -> new Config("line", data(spec, false), lineOptions(line));
        };
        config.options().put("locale", numberLocale.toLanguageTag());
        return MAPPER.writeValueAsString(config);
    }

    private static Data data(ChartSpec spec, boolean bars) {
        List<DatasetJson> datasets =
                spec.datasets().stream().map(d -> dataset(d, bars)).toList();
        return new Data(spec.labels(), datasets);
    }

    private static DatasetJson dataset(Dataset d, boolean bars) {
        // Jackson would write NaN/Infinity as bare tokens, which JSON.parse rejects; treat them as missing points.
        List<@Nullable Double> values = d.data().stream()
                .map(v -> v == null || !Double.isFinite(v) ? null : v)
                .toList();
        if (bars) {
            return new DatasetJson(
                    d.label(), values, d.color(), withAlpha(d.color(), BAR_ALPHA), null, d.borderDash(), null);
        }
        // Dashed series are reference lines: points on them would read as measured values.
        int pointRadius = d.borderDash() == null ? POINT_RADIUS : 0;
        return new DatasetJson(
                d.label(), values, d.color(), withAlpha(d.color(), AREA_ALPHA), d.fill(), d.borderDash(), pointRadius);
    }

    private static Map<String, Object> radarOptions(RadarSpec radar) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("min", radar.min());
        r.put("max", radar.max());
        // Chart.js writes the rings' values up the first spoke, where every series' line and point cross them;
        // nlc-chart.js writes them instead between the first two spokes, over the data on a light backdrop.
        Map<String, Object> ticks = new LinkedHashMap<>();
        ticks.put("display", false);
        if (radar.stepSize() != null) {
            ticks.put("stepSize", radar.stepSize());
        }
        r.put("ticks", ticks);
        // The spokes keep their clockwise order in both directions, like a clock face, which is not mirrored.
        Map<String, Object> options = baseOptions(radar.rtl());
        // Chart.js lays the top label out flush with the canvas edge, rounding can cut off its first pixel.
        options.put("layout", Map.of("padding", RADAR_PADDING));
        options.put("scales", Map.of("r", r));
        return options;
    }

    private static Map<String, Object> barOptions(BarSpec bar) {
        Map<String, Object> options = baseOptions(bar.rtl());
        if (bar.horizontal()) {
            options.put("indexAxis", "y");
        }
        String valueAxis = bar.horizontal() ? "x" : "y";
        String categoryAxis = bar.horizontal() ? "y" : "x";
        Map<String, Object> scales = new LinkedHashMap<>();
        scales.put(categoryAxis, categoryAxis(bar.categoryAxisTitle()));
        scales.put(valueAxis, axis(bar.suggestedMin(), bar.suggestedMax(), bar.valueAxisTitle()));
        mirror(scales, bar.rtl());
        options.put("scales", scales);
        return options;
    }

    private static Map<String, Object> lineOptions(LineSpec line) {
        Map<String, Object> scales = new LinkedHashMap<>();
        Map<String, Object> x = categoryAxis(line.xAxisTitle());
        // Points half a step in from the edges: the first and last labels (a trend's rounds) are not cut in half.
        x.put("offset", true);
        scales.put("x", x);
        scales.put("y", axis(line.suggestedMin(), line.suggestedMax(), line.yAxisTitle()));
        mirror(scales, line.rtl());
        Map<String, Object> options = baseOptions(line.rtl());
        options.put("scales", scales);
        return options;
    }

    /**
     * Right to left, the horizontal axis runs from the right (categories of vertical bars and lines, values of
     * horizontal bars) and the vertical axis stands on the right, so a chart reads like its mirror image.
     */
    private static void mirror(Map<String, Object> scales, boolean rtl) {
        if (rtl) {
            axisIn(scales, "x").put("reverse", true);
            axisIn(scales, "y").put("position", "right");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> axisIn(Map<String, Object> scales, String id) {
        return (Map<String, Object>) scales.get(id);
    }

    private static Map<String, Object> baseOptions(boolean rtl) {
        Map<String, Object> options = new LinkedHashMap<>();
        // Results are read, not watched: no animation, so the first frame already shows the real values.
        options.put("animation", false);
        Map<String, Object> legend = new LinkedHashMap<>();
        legend.put("position", "bottom");
        Map<String, Object> plugins = new LinkedHashMap<>();
        plugins.put("legend", legend);
        if (rtl) {
            // Chart.js has no global right-to-left switch: legend and tooltip each take their own.
            legend.putAll(RTL_TEXT);
            plugins.put("tooltip", RTL_TEXT);
        }
        options.put("plugins", plugins);
        return options;
    }

    /**
     * A category axis labels every category: Chart.js would otherwise skip labels that do not fit (every other
     * theme name). nlc-chart.js wraps long names onto several lines so that they fit.
     */
    private static Map<String, Object> categoryAxis(@Nullable String title) {
        Map<String, Object> axis = axis(null, null, title);
        axis.put("ticks", Map.of("autoSkip", false));
        return axis;
    }

    private static Map<String, Object> axis(
            @Nullable Double suggestedMin, @Nullable Double suggestedMax, @Nullable String title) {
        Map<String, Object> axis = new LinkedHashMap<>();
        if (suggestedMin != null) {
            axis.put("suggestedMin", suggestedMin);
        }
        if (suggestedMax != null) {
            axis.put("suggestedMax", suggestedMax);
        }
        if (title != null && !title.isBlank()) {
            axis.put("title", Map.of("display", true, "text", title));
        }
        return axis;
    }

    /** {@code #1f6feb} to {@code rgba(31,111,235,0.2)}; other CSS colour forms are returned unchanged. */
    static String withAlpha(String color, double alpha) {
        Matcher m = HEX_COLOR.matcher(color.trim());
        if (!m.matches()) {
            return color;
        }
        String hex = m.group(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        int rgb = Integer.parseInt(hex, 16);
        return String.format(
                Locale.ROOT, "rgba(%d,%d,%d,%s)", (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }
}
