package io.nlc.exchange;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Language;
import io.nlc.content.Tier;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.testsupport.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Mutation-based fuzzing of the workbook parser: bytes and cells of a good workbook are mutated, and every mutant
 * must end in a clean refusal or a valid preview, never an exception. The corpus of interesting inputs under
 * {@code src/test/resources/workbook-corpus} is replayed on every run; {@code -Dworkbook.corpus.write=true} adds the
 * mutants that produced an outcome not seen before.
 */
@SpringBootTest
class WorkbookFuzzTest {

    static final Path CORPUS = Path.of("src/test/resources/workbook-corpus");
    static final List<String> NASTY = List.of(
            "", " ", "=1+1", "+A1", "-1", "5", "3.5", "na", "DK ", "T1.1", "\u202Eevil", "x".repeat(2100), "0", "4");

    @Autowired
    OfflineWorkbook offline;

    @Autowired
    AssessmentService assessments;

    @Autowired
    OrganisationSetup setup;

    Fixtures world;
    long assessment;

    @BeforeEach
    void createRound() {
        world = new Fixtures(setup);
        signIn(world.coordinatorA1);
        assessment = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        String first = assessments
                .themesInScope(assessment)
                .getFirst()
                .items()
                .getFirst()
                .id();
        assessments.save(assessment, first, AnswerDraft.empty().withLevel(2).withComment("Seed"), SavedAnswer.NEW);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void theCorpusIsRefusedCleanlyOrPreviewedValidly() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        byte[] fresh = offline.export(assessment, Language.EN, false);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertClean(bytes, file.getFileName().toString());
            // The corpus was exported from another round: pointed at this one, it reaches the row checks too.
            byte[] retargeted = retarget(bytes, fresh);
            if (retargeted != null) {
                assertClean(retargeted, file.getFileName().toString() + " retargeted");
            }
        }
    }

    /** The file with this round's identity in its meta sheet, or null when POI cannot open it or it has none. */
    private static byte[] retarget(byte[] file, byte[] fresh) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
                XSSFWorkbook reference = new XSSFWorkbook(new ByteArrayInputStream(fresh));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet meta = workbook.getSheet(OfflineWorkbook.META);
            if (meta == null) {
                return null;
            }
            Sheet identity = reference.getSheet(OfflineWorkbook.META);
            for (int row = 1; row <= 3; row++) {
                Row target = meta.getRow(row) == null ? meta.createRow(row) : meta.getRow(row);
                target.createCell(1)
                        .setCellValue(identity.getRow(row).getCell(1).getStringCellValue());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void mutantsOfAGoodWorkbookAreRefusedCleanlyOrPreviewedValidly() throws IOException {
        byte[] good = offline.export(assessment, Language.AR, true);
        Random random = new Random(20261201L);
        Set<String> outcomes = new HashSet<>();
        boolean write = Boolean.getBoolean("workbook.corpus.write");
        for (int round = 0; round < 120; round++) {
            byte[] mutant = round % 2 == 0 ? bytes(good, random) : cells(good, random);
            WorkbookPreview preview = assertClean(mutant, "mutant " + round);
            String outcome = preview.errors().stream()
                            .map(WorkbookPreview.Problem::messageKey)
                            .sorted()
                            .distinct()
                            .toList()
                    + (preview.changes().isEmpty() ? "" : "+changes");
            if (outcomes.add(outcome) && write) {
                Files.write(CORPUS.resolve("mutant-" + round + ".xlsx"), mutant);
            }
        }
        assertThat(outcomes).as("the mutations reach several checks").hasSizeGreaterThan(3);
    }

    private WorkbookPreview assertClean(byte[] file, String name) {
        WorkbookPreview preview = offline.preview(assessment, file);
        assertThat(preview).as(name).isNotNull();
        for (WorkbookPreview.Change change : preview.changes()) {
            assertThat(change.proposed().problem()).as(name).isNull();
        }
        return preview;
    }

    /** Flips, drops or repeats a few bytes, or cuts the file short. */
    private static byte[] bytes(byte[] good, Random random) {
        byte[] mutant = good.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    mutant[random.nextInt(mutant.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> mutant = java.util.Arrays.copyOf(mutant, random.nextInt(mutant.length));
            default -> {
                int at = random.nextInt(mutant.length);
                int length = Math.min(1 + random.nextInt(64), mutant.length - at);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(mutant, 0, at + length);
                out.write(mutant, at, mutant.length - at);
                mutant = out.toByteArray();
            }
        }
        return mutant;
    }

    /** Changes cells as a person (or a tool) might: any cell, any nasty value, rows removed or repeated. */
    private static byte[] cells(byte[] good, Random random) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(good));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = random.nextInt(5) == 0 ? workbook.getSheetAt(1) : workbook.getSheetAt(0);
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                int rowIndex = random.nextInt(sheet.getLastRowNum() + 2);
                Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
                switch (random.nextInt(4)) {
                    case 0 -> sheet.removeRow(row);
                    case 1 -> row.createCell(random.nextInt(12)).setCellValue(random.nextDouble() * 10 - 2);
                    case 2 -> row.createCell(random.nextInt(12)).setCellFormula("1+" + random.nextInt(9));
                    default -> row.createCell(random.nextInt(12)).setCellValue(NASTY.get(random.nextInt(NASTY.size())));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
