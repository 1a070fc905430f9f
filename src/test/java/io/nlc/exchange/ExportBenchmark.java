package io.nlc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentSummary;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.content.Tier;
import io.nlc.organisation.CityDetails;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.organisation.Role;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.ShippedContent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Time and size of the exports and of the archive import for the demo's fullest assessment (as its hub's advisor,
 * internal material included), to decide which of them need progress on screen. Not part of the normal test run
 * (surefire excludes *Benchmark*); run with
 * <pre>./mvnw -Pproduction test -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Prints one {@code EXPORT} line per kind: median and slowest of {@value #RUNS} runs after {@value #WARM_UP} warm-up
 * runs, and the size.
 */
@SpringBootTest(properties = {"nlc.demo.enabled=true", ShippedContent.PROPERTY})
class ExportBenchmark {

    static final int WARM_UP = 3;
    static final int RUNS = Integer.getInteger("export.runs", 11);

    @Autowired
    SpreadsheetExport spreadsheets;

    @Autowired
    OfflineWorkbook offline;

    @Autowired
    AssessmentArchive archives;

    @Autowired
    AssessmentService assessments;

    @Autowired
    OrganisationSetup setup;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void fullDemoAssessment() {
        Fixtures.signIn("advisor.mena", Role.HUB_ADVISOR);
        AssessmentSummary full = assessments.visibleAssessments().stream()
                .filter(round -> round.tier() == Tier.DETAILED)
                .max(Comparator.comparingInt(AssessmentSummary::applicable))
                .orElseThrow();
        long id = full.id();
        measure("xlsx", () -> spreadsheets.workbook(id, Language.FR, true));
        measure("csv", () -> spreadsheets.answersCsv(id, Language.FR, true));
        measure("offline workbook", () -> offline.export(id, Language.AR, true));
        byte[] archive = measure("json archive", () -> archives.export(id, true));

        Fixtures.signIn("admin", Role.ADMINISTRATOR);
        measure("json preview", () -> {
            assertThat(archives.preview(archive, null).problems()).isNotEmpty(); // its own city has the label
            return new byte[0];
        });
        long[] cities = new long[WARM_UP + RUNS];
        for (int i = 0; i < cities.length; i++) {
            String code = "BENCH-" + System.nanoTime() % 1_000_000_000L;
            cities[i] = setup.city(
                    code,
                    new CityDetails(
                            full.city().hubId(),
                            new LocalizedText(code, code, code),
                            "Province",
                            "إقليم",
                            "Region",
                            "جهة"));
        }
        int[] next = {0};
        measure("json preview and import", () -> {
            ArchivePreview preview = archives.preview(archive, cities[next[0]++]);
            assertThat(preview.problems()).isEmpty();
            archives.apply(preview);
            return new byte[0];
        });
    }

    private static byte[] measure(String what, Supplier<byte[]> export) {
        byte[] bytes = null;
        for (int i = 0; i < WARM_UP; i++) {
            bytes = export.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            bytes = export.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                "EXPORT %s: median %.0f ms, slowest %.0f ms, %,d bytes%n",
                what, millis[RUNS / 2], millis[RUNS - 1], bytes.length);
        return bytes;
    }
}
