package io.nlc.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import io.nlc.content.Language;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Lays an XHTML report out into a PDF with openhtmltopdf on PDFBox: Noto Sans and Noto Naskh Arabic embedded (only
 * the glyphs used), Arabic shaped and ordered right to left by ICU, charts drawn by {@link FSObjectDrawer}s. Nothing
 * is fetched from outside: a report's links are printed, never followed.
 */
@Component
class PdfWriter {

    static final String LATIN = "Noto Sans";
    static final String ARABIC = "Noto Naskh Arabic";

    private final byte[] latinRegular = font("NotoSans-Regular.ttf");
    private final byte[] latinBold = font("NotoSans-Bold.ttf");
    private final byte[] arabicRegular = font("NotoNaskhArabic-Regular.ttf");
    private final byte[] arabicBold = font("NotoNaskhArabic-Bold.ttf");
    /**
     * The fonts' metrics, parsed once for all reports instead of once per report (the bulk of a report's time
     * otherwise). Keyed by font; thread-safe.
     */
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();
    /** For the numbers and theme ids inside charts, which are drawn as paths. */
    private final Font chartFont;

    PdfWriter() {
        try {
            chartFont = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(latinRegular));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("The bundled chart font cannot be read", e);
        }
    }

    Font chartFont() {
        return chartFont;
    }

    byte[] write(String xhtml, Language language, Map<String, FSObjectDrawer> drawers) {
        DefaultObjectDrawerFactory objects = new DefaultObjectDrawerFactory();
        drawers.forEach(objects::registerDrawer);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .withHtmlContent(xhtml, null)
                .useObjectDrawerFactory(objects)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .useUnicodeLineBreaker(
                        Boolean.getBoolean("xicu")
                                ? new ICUBreakers.ICULineBreaker(language.locale())
                                : new ICUBreakers.ICULineBreaker(language.locale()))
                .defaultTextDirection(
                        language.rightToLeft()
                                ? BaseRendererBuilder.TextDirection.RTL
                                : BaseRendererBuilder.TextDirection.LTR)
                // Nothing outside the document: no image, style sheet or font is ever loaded from a link.
                .useExternalResourceAccessControl(
                        (uri, type) -> false,
                        com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        (uri, type) -> false,
                        com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("NLC Self-Assessment")
                .toStream(out);
        addFont(builder, latinRegular, LATIN, 400);
        addFont(builder, latinBold, LATIN, 700);
        addFont(builder, arabicRegular, ARABIC, 400);
        addFont(builder, arabicBold, ARABIC, 700);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void addFont(PdfRendererBuilder builder, byte[] font, String family, int weight) {
        builder.useFont(
                () -> new ByteArrayInputStream(font), family, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfWriter.class.getResourceAsStream("/report/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled font " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
