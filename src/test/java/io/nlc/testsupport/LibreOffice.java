package io.nlc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Fills in a workbook in a real spreadsheet program, LibreOffice Calc, driven headless through its UNO bridge
 * (Debian's {@code libreoffice-calc-nogui} and {@code python3-uno}; {@code .ci/run} installs them). Outside CI a
 * machine without them skips the test instead of failing it.
 */
public final class LibreOffice {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    /** One cell to type into, counted from 0 as in the sheet's API. */
    public record Cell(int row, int column, String value) {}

    public static Cell cell(int row, int column, String value) {
        return new Cell(row, column, value);
    }

    private LibreOffice() {}

    /** Opens the workbook in Calc, types the values into its first sheet, saves it as .xlsx and returns the bytes. */
    public static byte[] fillIn(byte[] workbook, Path folder, Cell... cells) throws IOException, InterruptedException {
        requireInstalled();
        Path source = folder.resolve("exported.xlsx");
        Path target = folder.resolve("filled-in.xlsx");
        Files.write(source, workbook);
        Path script = folder.resolve("fill-workbook.py");
        try (InputStream in = LibreOffice.class.getResourceAsStream("/libreoffice/fill-workbook.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of(
                PYTHON.toString(),
                script.toString(),
                source.toString(),
                target.toString(),
                folder.resolve("profile").toString(),
                "0"));
        for (Cell cell : cells) {
            command.addAll(List.of(String.valueOf(cell.row()), String.valueOf(cell.column()), cell.value()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // The script ends a stuck office itself after 180 s; this is the last resort.
        boolean ended = process.waitFor(240, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("LibreOffice finished").isTrue();
        assertThat(process.exitValue()).as("LibreOffice script: %s", output).isZero();
        return Files.readAllBytes(target);
    }

    private static void requireInstalled() {
        boolean installed = Files.isExecutable(PYTHON)
                && Files.isExecutable(Path.of("/usr/bin/soffice"))
                && Files.exists(Path.of("/usr/lib/python3/dist-packages/uno.py"));
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "LibreOffice Calc and python3-uno are not installed");
        }
        assertThat(installed)
                .as("LibreOffice Calc and python3-uno (apt-get install libreoffice-calc-nogui python3-uno)")
                .isTrue();
    }
}
