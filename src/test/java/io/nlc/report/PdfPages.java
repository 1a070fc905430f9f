package io.nlc.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a generated PDF back: its text as PDFBox extracts it, and its pages as pictures. */
final class PdfPages {

    private PdfPages() {}

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Share of pixels that are not (nearly) white, per page, at a low resolution. */
    static double[] inkPerPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            double[] ink = new double[document.getNumberOfPages()];
            for (int page = 0; page < ink.length; page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 36);
                int dark = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int rgb = image.getRGB(x, y);
                        int r = (rgb >> 16) & 0xff;
                        int g = (rgb >> 8) & 0xff;
                        int b = rgb & 0xff;
                        if (r < 230 || g < 230 || b < 230) {
                            dark++;
                        }
                    }
                }
                ink[page] = (double) dark / (image.getWidth() * image.getHeight());
            }
            return ink;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the pages as PNG files (to look at them while working on the layout). */
    static void writePngs(byte[] pdf, Path directory, String prefix, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(directory);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(
                        renderer.renderImageWithDPI(page, dpi),
                        "png",
                        directory.resolve(prefix + "-" + (page + 1) + ".png").toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
