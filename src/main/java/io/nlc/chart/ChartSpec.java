package io.nlc.chart;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to draw, independent of Chart.js: {@link ChartConfigJson} turns a spec into a Chart.js configuration.
 * Keeping the typed API small means callers cannot produce a configuration the wrapper does not understand.
 * Serializable because the component that holds a spec lives in the (possibly serialized) Vaadin session.
 */
public sealed interface ChartSpec extends Serializable
        permits ChartSpec.RadarSpec, ChartSpec.BarSpec, ChartSpec.LineSpec {

    /** Category labels: radar spokes, bar categories or line x positions. */
    List<String> labels();

    List<Dataset> datasets();

    /**
     * Mirrors legend, tooltips and (for bars and lines) the axes for right-to-left languages such as Arabic; a
     * radar keeps its clockwise order.
     */
    boolean rtl();

    /**
     * One series of values.
     *
     * @param data one value per label; {@code null} marks a missing point, drawn as a gap
     * @param color a CSS colour; {@code #rgb} or {@code #rrggbb} also gets a translucent fill derived from it
     * @param fill whether the area under a line or inside a radar polygon is filled
     * @param borderDash Chart.js dash pattern (e.g. {@code [6, 4]}) for target or reference lines, or {@code null}
     */
    record Dataset(
            String label,
            List<@Nullable Double> data,
            String color,
            boolean fill,
            @Nullable List<Double> borderDash) implements Serializable {

        public Dataset {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(color, "color");
            // List.copyOf rejects nulls, and null is how a missing point is expressed.
            data = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(data, "data")));
            borderDash = borderDash == null ? null : List.copyOf(borderDash);
        }

        public Dataset(String label, List<@Nullable Double> data, String color, boolean fill) {
            this(label, data, color, fill, null);
        }

        /** An unfilled, dashed series, the usual look of a target or benchmark. */
        public static Dataset target(String label, List<@Nullable Double> data, String color) {
            return new Dataset(label, data, color, false, List.of(6.0, 4.0));
        }
    }

    /**
     * A radar chart with a fixed radial scale, so that charts of different respondents are comparable.
     *
     * @param stepSize distance between grid rings, or {@code null} to let Chart.js choose
     */
    record RadarSpec(
            List<String> labels,
            List<Dataset> datasets,
            double min,
            double max,
            @Nullable Double stepSize,
            boolean rtl) implements ChartSpec {

        public RadarSpec {
            labels = List.copyOf(labels);
            datasets = List.copyOf(datasets);
            if (!(min < max)) {
                throw new IllegalArgumentException("min must be below max: " + min + " >= " + max);
            }
        }

        public RadarSpec(List<String> labels, List<Dataset> datasets, double min, double max, boolean rtl) {
            this(labels, datasets, min, max, null, rtl);
        }
    }

    /**
     * A bar chart; {@code horizontal} bars (Chart.js {@code indexAxis: 'y'}) suit long category names.
     *
     * @param suggestedMin lower bound of the value axis unless data go below it, or {@code null}
     * @param suggestedMax upper bound of the value axis unless data go above it, or {@code null}
     */
    record BarSpec(
            List<String> labels,
            List<Dataset> datasets,
            boolean horizontal,
            @Nullable Double suggestedMin,
            @Nullable Double suggestedMax,
            @Nullable String categoryAxisTitle,
            @Nullable String valueAxisTitle,
            boolean rtl)
            implements ChartSpec {

        public BarSpec {
            labels = List.copyOf(labels);
            datasets = List.copyOf(datasets);
        }

        public BarSpec(List<String> labels, List<Dataset> datasets, boolean horizontal, boolean rtl) {
            this(labels, datasets, horizontal, null, null, null, null, rtl);
        }
    }

    /**
     * A line chart over the labels.
     *
     * @param suggestedMin lower bound of the y axis unless data go below it, or {@code null}
     * @param suggestedMax upper bound of the y axis unless data go above it, or {@code null}
     */
    record LineSpec(
            List<String> labels,
            List<Dataset> datasets,
            @Nullable Double suggestedMin,
            @Nullable Double suggestedMax,
            @Nullable String xAxisTitle,
            @Nullable String yAxisTitle,
            boolean rtl)
            implements ChartSpec {

        public LineSpec {
            labels = List.copyOf(labels);
            datasets = List.copyOf(datasets);
        }

        public LineSpec(List<String> labels, List<Dataset> datasets, boolean rtl) {
            this(labels, datasets, null, null, null, null, rtl);
        }
    }
}
