package io.nlc.exchange;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AnswerDraft.Sensitivity;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Tier;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.scoring.AssessmentScore;
import io.nlc.scoring.ThemeScore;
import io.nlc.testsupport.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Spreadsheet exports on every database: run by an H2 and a PostgreSQL subclass. */
abstract class SpreadsheetExportTests {

    @Autowired
    SpreadsheetExport export;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentWorkflow workflow;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    FrameworkCatalog catalog;

    Fixtures world;
    long assessment;
    List<Item> items;

    @BeforeEach
    void createRound() {
        world = new Fixtures(setup);
        signIn(world.coordinatorA1);
        assessment = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        items = assessments.scope(assessment).themes().stream()
                .flatMap(theme -> theme.items().stream())
                .toList();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void theWorkbookHoldsTheAnswersAndTheScoresTheAppComputes() throws IOException {
        signIn(world.memberA1);
        for (int i = 0; i < items.size(); i += 2) {
            assessments.save(assessment, items.get(i).id(), AnswerDraft.empty().withLevel(i % 5), SavedAnswer.NEW);
        }
        AssessmentScore score = assessments.score(assessment);
        try (XSSFWorkbook workbook = read(export.workbook(assessment, Language.EN, false))) {
            assertThat(sheetNames(workbook)).containsExactly("Answers", "Scores", "Action plan", "History");
            Sheet answers = workbook.getSheet("Answers");
            assertThat(answers.getLastRowNum()).isEqualTo(items.size());
            for (int i = 0; i < items.size(); i++) {
                Row row = answers.getRow(i + 1);
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(items.get(i).id());
                Cell level = row.getCell(4);
                if (i % 2 == 0) {
                    assertThat(level.getNumericCellValue()).isEqualTo(i % 5);
                } else {
                    assertThat(level == null || level.getCellType() == CellType.BLANK)
                            .isTrue();
                }
            }
            Sheet scores = workbook.getSheet("Scores");
            for (int i = 0; i < score.themes().size(); i++) {
                ThemeScore theme = score.themes().get(i);
                Row row = scores.getRow(i + 1);
                if (theme.score() == null) {
                    assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
                } else {
                    assertThat(row.getCell(1).getNumericCellValue())
                            .isCloseTo(theme.score(), org.assertj.core.data.Offset.offset(0.05));
                }
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(theme.target());
            }
            Row overall = scores.getRow(score.themes().size() + 1);
            assertThat(overall.getCell(0).getStringCellValue()).isEqualTo("Overall");
            assertThat(overall.getCell(1).getNumericCellValue())
                    .isCloseTo(score.index(), org.assertj.core.data.Offset.offset(0.05));
            assertThat(overall.getCell(6).getNumericCellValue()).isEqualTo(score.answered());
            assertThat(workbook.getSheet("History").getLastRowNum()).isGreaterThanOrEqualTo(items.size() / 2);
        }
    }

    @Test
    void textThatCouldRunAsAFormulaIsNeutralisedInBothFormats() throws IOException {
        signIn(world.memberA1);
        List<String> risky = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR");
        for (int i = 0; i < risky.size(); i++) {
            assessments.save(
                    assessment,
                    items.get(i).id(),
                    AnswerDraft.empty().withLevel(1).withComment(risky.get(i)),
                    SavedAnswer.NEW);
        }
        try (XSSFWorkbook workbook = read(export.workbook(assessment, Language.FR, false))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            Sheet answers = workbook.getSheetAt(0);
            for (int i = 0; i < risky.size(); i++) {
                Cell note = answers.getRow(i + 1).getCell(6);
                assertThat(note.getCellType()).isEqualTo(CellType.STRING);
                assertThat(note.getStringCellValue()).isEqualTo(risky.get(i));
                assertThat(note.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(answers.getRow(risky.size() + 1)
                            .getCell(6)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .as("plain text is left alone")
                    .isFalse();
        }
        List<CSVRecord> rows = csv(export.answersCsv(assessment, Language.AR, false));
        for (int i = 0; i < risky.size(); i++) {
            assertThat(rows.get(i + 1).get(6)).isEqualTo("'" + risky.get(i));
        }
        assertThat(rows.get(0).get(0)).isEqualTo("المحور");
    }

    @Test
    void anotherCityAnotherHubAndARaterAreRefused() {
        for (String outsider : List.of(world.coordinatorA2, world.advisorB, world.raterA1, world.memberB1)) {
            signIn(outsider);
            assertThatThrownBy(() -> export.workbook(assessment, Language.EN, false))
                    .as(outsider)
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> export.answersCsv(assessment, Language.EN, true))
                    .as(outsider)
                    .isInstanceOf(NotPermittedException.class);
        }
        for (String insider : List.of(world.memberA1, world.advisorA, world.admin, world.nationalA1B1)) {
            signIn(insider);
            assertThat(export.workbook(assessment, Language.EN, false))
                    .as(insider)
                    .isNotEmpty();
        }
    }

    @Test
    void internalNotesLinksAndDiscussionsAreLeftOutUnlessAsked() throws IOException {
        signIn(world.memberA1);
        SavedAnswer first = assessments.save(
                assessment,
                items.get(0).id(),
                AnswerDraft.empty()
                        .withLevel(2)
                        .withComment("Candid: the governor's office stalls")
                        .withEvidence(List.of("https://intranet.example.org/secret-minutes"))
                        .withCommentSensitivity(Sensitivity.INTERNAL)
                        .withEvidenceSensitivity(Sensitivity.INTERNAL),
                SavedAnswer.NEW);
        assessments.save(
                assessment,
                items.get(1).id(),
                AnswerDraft.empty()
                        .withLevel(3)
                        .withComment("Council decision 2025/4")
                        .withEvidence(List.of("https://city.example.org/decision")),
                SavedAnswer.NEW);
        // An earlier shareable version of the same note must not leak through the history either.
        assessments.save(
                assessment,
                items.get(0).id(),
                first.draft().withComment("Candid: the governor's office stalls again"),
                first.version());

        signIn(world.advisorA);
        String shareable = allText(export.workbook(assessment, Language.EN, false))
                + new String(export.answersCsv(assessment, Language.EN, false), StandardCharsets.UTF_8);
        assertThat(shareable)
                .contains("Council decision 2025/4", "https://city.example.org/decision")
                .doesNotContain("governor", "secret-minutes");

        String everything = allText(export.workbook(assessment, Language.EN, true))
                + new String(export.answersCsv(assessment, Language.EN, true), StandardCharsets.UTF_8);
        assertThat(everything).contains("governor's office stalls again", "secret-minutes", "Internal");
    }

    @Test
    void nationalRatingsFollowTheBlindRatingRule() throws IOException {
        signIn(world.nationalA1B1);
        assessments.save(assessment, items.get(0).id(), AnswerDraft.empty().withLevel(4), SavedAnswer.NEW);

        signIn(world.coordinatorA1);
        try (XSSFWorkbook workbook = read(export.workbook(assessment, Language.EN, true))) {
            assertThat(header(workbook.getSheet("Answers"))).doesNotContain("National rating");
        }
        assertThat(csv(export.answersCsv(assessment, Language.EN, true)).get(0).values())
                .doesNotContain("National rating");

        signIn(world.advisorA);
        try (XSSFWorkbook workbook = read(export.workbook(assessment, Language.EN, false))) {
            Sheet answers = workbook.getSheet("Answers");
            int column = header(answers).indexOf("National rating");
            assertThat(column).isPositive();
            assertThat(answers.getRow(1).getCell(column).getStringCellValue()).isEqualTo("Level 4");
        }
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    private static String allText(byte[] bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = read(bytes)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            text.append(cell.getStringCellValue()).append('\n');
                        }
                    }
                }
            }
        }
        return text.toString();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }
}
