package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.exchange.OfflineWorkbook;
import io.nlc.testsupport.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The import preview: every error with its row and column, conflicts to resolve before the one apply button. */
@SpringBootTest
class WorkbookImportViewTest extends ViewTestSupport {

    @Autowired
    OfflineWorkbook offline;

    @Test
    void errorsAreListedWithTheirRowAndNothingCanBeApplied() throws IOException {
        Fixtures.signIn(world.memberA1);
        byte[] file = edit(offline.export(assessment, Language.EN, false), sheet -> {
            sheet.getRow(1).createCell(9).setCellValue("9");
            sheet.getRow(2).createCell(9).setCellValue("2");
        });
        WorkbookDialog dialog = open();
        dialog.showPreview(offline.preview(assessment, file));
        UnorderedList errors =
                $(UnorderedList.class, dialog).withClassName("workbook-errors").single();
        assertThat(errors.getElement().getTextRecursively())
                .contains("Row 2, column J:")
                .contains("is not an answer");
        assertThat(apply(dialog).isEnabled()).isFalse();
    }

    @Test
    void aConflictMustBeResolvedThenEverythingIsAppliedAtOnce() throws IOException {
        Fixtures.signIn(world.memberA1);
        List<Item> items = assessments.themesInScope(assessment).getFirst().items();
        SavedAnswer first = assessments.save(
                assessment, items.get(0).id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        byte[] file = edit(offline.export(assessment, Language.EN, false), sheet -> {
            sheet.getRow(1).createCell(9).setCellValue("4");
            sheet.getRow(2).createCell(9).setCellValue("2");
        });
        Fixtures.signIn(world.secondMemberA1);
        assessments.save(assessment, items.get(0).id(), first.draft().withLevel(3), first.version());

        Fixtures.signIn(world.memberA1);
        navigate(QuestionnaireView.class, id());
        WorkbookDialog dialog = open();
        dialog.showPreview(offline.preview(assessment, file));
        assertThat($(UnorderedList.class, dialog)
                        .withClassName("workbook-changes")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Row 3 · " + items.get(1).id());
        assertThat(apply(dialog).isEnabled()).as("a conflict is still open").isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> conflict = $(RadioButtonGroup.class, dialog)
                .withClassName("workbook-conflict")
                .single();
        conflict.setValue(true);
        assertThat(apply(dialog).isEnabled()).isTrue();
        test(apply(dialog)).click();
        // The answers are saved off the request thread: a bar meanwhile, then the screen's pending update.
        assertThat($(ProgressBar.class, dialog).single().isVisible()).isTrue();
        assertThat(apply(dialog).isEnabled()).isFalse();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!$(WorkbookDialog.class).all().isEmpty() && System.nanoTime() < until) {
            roundTrip();
            Thread.onSpinWait();
        }

        assertThat(assessments
                        .answers(assessment)
                        .get(items.get(0).id())
                        .draft()
                        .level())
                .isEqualTo(4);
        assertThat(assessments
                        .answers(assessment)
                        .get(items.get(1).id())
                        .draft()
                        .level())
                .isEqualTo(2);
        assertThat($(WorkbookDialog.class).all()).isEmpty();
    }

    private WorkbookDialog open() {
        navigate(QuestionnaireView.class, id());
        test($(Button.class).withClassName("workbook-button").single()).click();
        return $(WorkbookDialog.class).single();
    }

    private Button apply(WorkbookDialog dialog) {
        return $(Button.class, dialog).withClassName("workbook-apply").single();
    }

    private static byte[] edit(byte[] workbook, java.util.function.Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        }
    }
}
