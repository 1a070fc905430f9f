package io.nlc.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A Chart.js chart. The browser side is the {@code <nlc-chart>} element in {@code frontend/nlc-chart.js};
 * both scripts are loaded with {@code @JavaScript} from the classpath because npm modules or JS-module imports
 * would force a Node bundle build. The default height is 320px (CSS variable {@code --nlc-chart-height});
 * horizontal bars instead take the height their rows need, and {@link #setHeight(String)} overrides both.
 * Every category keeps its label: long ones are wrapped to the drawn width.
 * <p>
 * A chart is not accessible on its own: give it a label and show the same numbers in a table as well.
 */
@Tag("nlc-chart")
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
@JavaScript("context://nlc/nlc-chart.js")
public class NlcChart extends Component implements HasSize {

    private static final long serialVersionUID = 1L;

    private final Locale numberLocale;
    private @Nullable ChartSpec spec;

    /** A chart whose ticks and tooltips write numbers as {@code numberLocale} does. */
    public NlcChart(ChartSpec spec, Locale numberLocale) {
        this.numberLocale = numberLocale;
        setChart(spec);
    }

    /** Draws the spec, replacing what was drawn before (in place when the chart type stays the same). */
    public final void setChart(ChartSpec spec) {
        this.spec = spec;
        // A JSON string property, parsed by the element: data never become script code.
        getElement().setProperty("config", ChartConfigJson.toJson(spec, numberLocale));
    }

    public @Nullable ChartSpec getChart() {
        return spec;
    }

    /** The text screen readers announce for the chart; {@code null} or blank removes it. */
    public void setAccessibleLabel(@Nullable String label) {
        if (label == null || label.isBlank()) {
            getElement().removeAttribute("aria-label");
        } else {
            getElement().setAttribute("aria-label", label);
        }
    }

    public @Nullable String getAccessibleLabel() {
        return getElement().getAttribute("aria-label");
    }
}
