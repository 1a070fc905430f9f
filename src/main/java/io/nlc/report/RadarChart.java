package io.nlc.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * The radar of the results page drawn straight into the PDF as vector paths (no browser, no SVG library): one spoke
 * per theme labelled with its id, a ring per level 0..4, and a polygon per series. The theme names are in the legend
 * table next to it, where they are real text that a reader can search and copy, shaped and laid out like the rest.
 */
final class RadarChart implements FSObjectDrawer {

    /** The {@code type} of the {@code object} element that this draws. */
    static final String TYPE = "nlc/radar";

    /** One polygon; null values (an unscored theme) are drawn at the centre. */
    record Series(List<@Nullable Double> values, Color color, boolean filled, boolean dashed) {}

    private static final double MAX_LEVEL = 4;
    private final List<String> labels;
    private final List<Series> series;
    private final Font font;

    RadarChart(List<String> labels, List<Series> series, Font font) {
        this.labels = List.copyOf(labels);
        this.series = List.copyOf(series);
        this.font = font;
    }

    @Override
    public Map<Shape, String> drawObject(
            Element element,
            double x,
            double y,
            double width,
            double height,
            OutputDevice device,
            RenderingContext context,
            int dotsPerPixel) {
        float w = (float) width / dotsPerPixel;
        float h = (float) height / dotsPerPixel;
        device.drawWithGraphics((float) x, (float) y, w, h, graphics -> paint(graphics, w, h));
        return Map.of();
    }

    void paint(Graphics2D g, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int spokes = labels.size();
        if (spokes < 3) {
            return;
        }
        double cx = width / 2;
        double cy = height / 2;
        double radius = Math.min(width, height) / 2 - 22;
        g.setFont(font.deriveFont(9f));
        FontMetrics metrics = g.getFontMetrics();
        g.setStroke(new BasicStroke(0.6f));
        for (int level = 1; level <= MAX_LEVEL; level++) {
            g.setColor(new Color(0xcc, 0xcc, 0xcc));
            g.draw(polygon(cx, cy, radius * level / MAX_LEVEL, spokes, null));
            g.setColor(new Color(0x66, 0x66, 0x66));
            String number = String.valueOf(level);
            g.drawString(number, (float) (cx + 2), (float) (cy - radius * level / MAX_LEVEL + metrics.getAscent()));
        }
        for (int i = 0; i < spokes; i++) {
            double angle = angle(i, spokes);
            g.setColor(new Color(0xcc, 0xcc, 0xcc));
            g.draw(new Line2D.Double(cx, cy, cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)));
            g.setColor(Color.BLACK);
            String label = labels.get(i);
            double lx = cx + (radius + 12) * Math.cos(angle) - metrics.stringWidth(label) / 2.0;
            double ly = cy + (radius + 12) * Math.sin(angle) + metrics.getAscent() / 2.0 - 1;
            g.drawString(label, (float) lx, (float) ly);
        }
        for (Series one : series) {
            Path2D shape = polygon(cx, cy, radius, spokes, one.values());
            if (one.filled()) {
                g.setColor(new Color(
                        one.color().getRed(),
                        one.color().getGreen(),
                        one.color().getBlue(),
                        46));
                g.fill(shape);
            }
            g.setColor(one.color());
            g.setStroke(
                    one.dashed()
                            ? new BasicStroke(
                                    1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {4, 3}, 0)
                            : new BasicStroke(1.6f));
            g.draw(shape);
            for (int i = 0; i < spokes; i++) {
                Double value = one.values().get(i);
                if (value != null) {
                    double r = radius * value / MAX_LEVEL;
                    double angle = angle(i, spokes);
                    g.fill(new Ellipse2D.Double(
                            cx + r * Math.cos(angle) - 1.8, cy + r * Math.sin(angle) - 1.8, 3.6, 3.6));
                }
            }
        }
    }

    /** The first spoke points up, the others follow clockwise, as on the results page. */
    private static double angle(int index, int spokes) {
        return -Math.PI / 2 + 2 * Math.PI * index / spokes;
    }

    /** A regular polygon of the given radius, or one through the values (levels 0..4) when they are given. */
    private static Path2D polygon(
            double cx, double cy, double radius, int spokes, @Nullable List<@Nullable Double> values) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < spokes; i++) {
            Double value = values == null ? Double.valueOf(MAX_LEVEL) : values.get(i);
            double r = radius * (value == null ? 0 : value) / MAX_LEVEL;
            double px = cx + r * Math.cos(angle(i, spokes));
            double py = cy + r * Math.sin(angle(i, spokes));
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        path.closePath();
        return path;
    }
}
