package io.nlc.exchange;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AnswerConflictException;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AnswerDraft.Sensitivity;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditKind;
import io.nlc.audit.AuditTrail;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Tier;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.testsupport.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The offline workbook's round trip with hand-built good and bad files, on H2 and PostgreSQL. */
abstract class OfflineWorkbookTests {

    @Autowired
    OfflineWorkbook offline;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AuditTrail trail;

    @Autowired
    OrganisationSetup setup;

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
    void aFilledInWorkbookIsPreviewedThenAppliedUnderTheImportingUser() throws IOException {
        signIn(world.memberA1);
        assessments.save(assessment, items.get(0).id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        byte[] file = edit(offline.export(assessment, Language.FR, false), sheet -> {
            answer(sheet, 1, "3", "Vu au conseil du 12 mars");
            answer(sheet, 2, "NA", null);
            sheet.getRow(3).createCell(OfflineWorkbook.ANSWER).setCellValue(2.0);
        });
        assertThat(assessments.answers(assessment).get(items.get(1).id()))
                .as("nothing saved yet")
                .isNull();

        signIn(world.secondMemberA1);
        WorkbookPreview preview = offline.preview(assessment, file);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.conflicts()).isEmpty();
        assertThat(preview.changes())
                .extracting(WorkbookPreview.Change::row, WorkbookPreview.Change::itemId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, items.get(0).id()),
                        org.assertj.core.groups.Tuple.tuple(3, items.get(1).id()),
                        org.assertj.core.groups.Tuple.tuple(4, items.get(2).id()));
        offline.apply(preview, Map.of());

        Map<String, SavedAnswer> stored = assessments.answers(assessment);
        assertThat(stored.get(items.get(0).id()).draft().level()).isEqualTo(3);
        assertThat(stored.get(items.get(0).id()).draft().comment()).isEqualTo("Vu au conseil du 12 mars");
        assertThat(stored.get(items.get(1).id()).draft().state()).isEqualTo(io.nlc.scoring.AnswerState.NOT_APPLICABLE);
        assertThat(stored.get(items.get(2).id()).draft().level()).isEqualTo(2);
        assertThat(stored.get(items.get(0).id()).updatedBy()).isEqualTo("Name of " + world.secondMemberA1);
        assertThat(trail.entries(assessment, AuditFilter.all()))
                .filteredOn(entry ->
                        entry.kind() == AuditKind.ANSWER && entry.actor().contains(world.secondMemberA1))
                .hasSize(3);
    }

    @Test
    void badRowsAreRefusedWithTheirRowAndColumnAndNothingIsApplied() throws IOException {
        signIn(world.memberA1);
        byte[] file = edit(offline.export(assessment, Language.EN, false), sheet -> {
            answer(sheet, 1, "7", null);
            sheet.getRow(2).getCell(2).setCellValue("A question I rewrote");
            sheet.getRow(3).getCell(0).setCellValue("T9.9");
            answer(sheet, 4, "2", null);
            sheet.getRow(5).createCell(OfflineWorkbook.ANSWER).setCellFormula("1+1");
            answer(sheet, 6, "3", null);
        });
        WorkbookPreview preview = offline.preview(assessment, file);
        assertThat(preview.errors())
                .extracting(
                        WorkbookPreview.Problem::row,
                        WorkbookPreview.Problem::column,
                        WorkbookPreview.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "J", "workbook.error.level"),
                        org.assertj.core.groups.Tuple.tuple(3, "C", "workbook.error.locked-edited"),
                        org.assertj.core.groups.Tuple.tuple(4, "A", "workbook.error.unknown-item"),
                        org.assertj.core.groups.Tuple.tuple(6, "J", "workbook.error.formula"));
        assertThat(preview.applicable()).isFalse();
        assertThatThrownBy(() -> offline.apply(preview, Map.of())).isInstanceOf(IllegalStateException.class);
        assertThat(assessments.answers(assessment)).isEmpty();
    }

    @Test
    void filesThatAreNotThisAssessmentsWorkbookAreRefusedWholly() throws IOException {
        signIn(world.coordinatorA1);
        long other = assessments.start(new NewAssessment(world.cityA1, "2027", Tier.CORE, Set.of(), Map.of()));
        byte[] otherRound = offline.export(other, Language.EN, false);
        assertThat(keys(offline.preview(assessment, otherRound))).containsExactly("workbook.error.other-assessment");
        assertThat(keys(offline.preview(assessment, "name,level\nx,3\n".getBytes())))
                .containsExactly("workbook.error.not-a-workbook");
        assertThat(keys(offline.preview(assessment, new byte[OfflineWorkbook.MAX_BYTES + 1])))
                .containsExactly("workbook.error.too-large");
        byte[] plain;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("T1.1");
            workbook.write(out);
            plain = out.toByteArray();
        }
        assertThat(keys(offline.preview(assessment, plain))).containsExactly("workbook.error.not-ours");
        byte[] older = edit(
                offline.export(assessment, Language.EN, false),
                sheet -> sheet.getWorkbook()
                        .getSheet(OfflineWorkbook.META)
                        .getRow(2)
                        .getCell(1)
                        .setCellValue("1"));
        assertThat(keys(offline.preview(assessment, older))).containsExactly("workbook.error.framework");
        assertThat(keys(offline.preview(assessment, ZipBombs.bomb()))).containsExactly("workbook.error.zip-bomb");
    }

    @Test
    void anAnswerChangedInTheAppSinceTheExportIsAConflictToResolve() throws IOException {
        signIn(world.memberA1);
        SavedAnswer before = assessments.save(
                assessment, items.get(0).id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        byte[] file = edit(offline.export(assessment, Language.EN, false), sheet -> answer(sheet, 1, "4", null));
        signIn(world.secondMemberA1);
        assessments.save(assessment, items.get(0).id(), before.draft().withLevel(2), before.version());

        signIn(world.memberA1);
        WorkbookPreview preview = offline.preview(assessment, file);
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.current().level()).isEqualTo(2);
            assertThat(conflict.proposed().level()).isEqualTo(4);
        });
        assertThatThrownBy(() -> offline.apply(preview, Map.of())).isInstanceOf(IllegalArgumentException.class);
        offline.apply(preview, Map.of(items.get(0).id(), false));
        assertThat(assessments
                        .answers(assessment)
                        .get(items.get(0).id())
                        .draft()
                        .level())
                .as("kept the app's")
                .isEqualTo(2);
        offline.apply(preview, Map.of(items.get(0).id(), true));
        assertThat(assessments
                        .answers(assessment)
                        .get(items.get(0).id())
                        .draft()
                        .level())
                .isEqualTo(4);
    }

    @Test
    void allOrNothingWhenAnAnswerChangesBetweenPreviewAndApply() throws IOException {
        signIn(world.memberA1);
        byte[] file = edit(offline.export(assessment, Language.EN, false), sheet -> {
            answer(sheet, 1, "1", null);
            answer(sheet, 2, "2", null);
        });
        WorkbookPreview preview = offline.preview(assessment, file);
        assertThat(preview.changes()).hasSize(2);
        signIn(world.secondMemberA1);
        assessments.save(assessment, items.get(1).id(), AnswerDraft.empty().withLevel(4), SavedAnswer.NEW);

        signIn(world.memberA1);
        assertThatThrownBy(() -> offline.apply(preview, Map.of())).isInstanceOf(AnswerConflictException.class);
        assertThat(assessments.answers(assessment))
                .containsOnlyKeys(items.get(1).id());
    }

    @Test
    void anInternalNoteLeftOutOfTheWorkbookIsKeptAndItsCellIsLocked() throws IOException {
        signIn(world.memberA1);
        assessments.save(
                assessment,
                items.get(0).id(),
                AnswerDraft.empty().withLevel(1).withComment("Candid").withCommentSensitivity(Sensitivity.INTERNAL),
                SavedAnswer.NEW);
        byte[] exported = offline.export(assessment, Language.EN, false);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            String all = workbook.getSheetAt(0)
                            .getRow(1)
                            .getCell(OfflineWorkbook.NOTE)
                            .getStringCellValue()
                    + workbook.getSheet(OfflineWorkbook.META)
                            .getRow(8)
                            .getCell(3)
                            .getStringCellValue();
            assertThat(all).doesNotContain("Candid");
            assertThat(workbook.getSheetAt(0).getProtect()).isTrue();
            assertThat(workbook.getSheetVisibility(1))
                    .isEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        }
        WorkbookPreview preview = offline.preview(assessment, edit(exported, sheet -> answer(sheet, 1, "2", null)));
        offline.apply(preview, Map.of());
        AnswerDraft stored =
                assessments.answers(assessment).get(items.get(0).id()).draft();
        assertThat(stored.level()).isEqualTo(2);
        assertThat(stored.comment()).isEqualTo("Candid");

        WorkbookPreview edited = offline.preview(
                assessment,
                edit(offline.export(assessment, Language.EN, false), sheet -> answer(sheet, 1, "2", "Overwritten")));
        assertThat(keys(edited)).containsExactly("workbook.error.locked-edited");
    }

    @Test
    void raterOtherCitiesAndTheHubCannotImport() throws IOException {
        signIn(world.memberA1);
        byte[] file = edit(offline.export(assessment, Language.EN, false), sheet -> answer(sheet, 1, "3", null));
        signIn(world.advisorA);
        assertThat(keys(offline.preview(assessment, file))).containsExactly("workbook.error.not-allowed");
        for (String outsider : List.of(world.coordinatorA2, world.raterA1, world.advisorB)) {
            signIn(outsider);
            assertThatThrownBy(() -> offline.preview(assessment, file))
                    .isInstanceOf(io.nlc.organisation.NotPermittedException.class);
            assertThatThrownBy(() -> offline.export(assessment, Language.EN, false))
                    .isInstanceOf(io.nlc.organisation.NotPermittedException.class);
        }
    }

    static List<String> keys(WorkbookPreview preview) {
        return preview.errors().stream()
                .map(WorkbookPreview.Problem::messageKey)
                .toList();
    }

    static void answer(Sheet sheet, int row, String code, String note) {
        Row target = sheet.getRow(row);
        target.createCell(OfflineWorkbook.ANSWER).setCellValue(code);
        if (note != null) {
            target.createCell(OfflineWorkbook.NOTE).setCellValue(note);
        }
    }

    /** The workbook as a person would change it in a spreadsheet program, here with POI. */
    static byte[] edit(byte[] workbook, Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        }
    }
}
