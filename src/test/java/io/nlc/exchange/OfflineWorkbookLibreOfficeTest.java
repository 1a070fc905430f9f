package io.nlc.exchange;

import static io.nlc.testsupport.Fixtures.signIn;
import static io.nlc.testsupport.LibreOffice.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Language;
import io.nlc.scoring.AnswerState;
import io.nlc.testsupport.LibreOffice;
import io.nlc.testsupport.RoundTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The offline workbook filled in where people fill it in: a spreadsheet program, LibreOffice Calc, which writes the
 * file its own way (shared strings, styles, numbers typed as numbers), not the POI that wrote it.
 */
@SpringBootTest
class OfflineWorkbookLibreOfficeTest extends RoundTest {

    @Autowired
    OfflineWorkbook offline;

    @TempDir
    Path folder;

    @Test
    void aWorkbookFilledInLibreOfficeIsPreviewedAndApplied() throws Exception {
        signIn(world.memberA1);
        byte[] filled = LibreOffice.fillIn(
                offline.export(round, Language.FR, false),
                folder,
                cell(1, OfflineWorkbook.ANSWER, "3"),
                cell(1, OfflineWorkbook.NOTE, "Vu au conseil du 12 mars"),
                cell(2, OfflineWorkbook.ANSWER, "NA"),
                cell(3, OfflineWorkbook.ANSWER, "2"));
        assertThat(application(filled)).as("saved by LibreOffice").contains("LibreOffice");

        WorkbookPreview preview = offline.preview(round, filled);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.conflicts()).isEmpty();
        assertThat(preview.changes())
                .extracting(WorkbookPreview.Change::row, WorkbookPreview.Change::itemId)
                .containsExactly(
                        tuple(2, roundItems.get(0).id()),
                        tuple(3, roundItems.get(1).id()),
                        tuple(4, roundItems.get(2).id()));
        offline.apply(preview, Map.of());

        Map<String, SavedAnswer> stored = service.answers(round);
        assertThat(stored.get(roundItems.get(0).id()).draft().level()).isEqualTo(3);
        assertThat(stored.get(roundItems.get(0).id()).draft().comment()).isEqualTo("Vu au conseil du 12 mars");
        assertThat(stored.get(roundItems.get(1).id()).draft().state()).isEqualTo(AnswerState.NOT_APPLICABLE);
        assertThat(stored.get(roundItems.get(2).id()).draft().level()).isEqualTo(2);
    }

    @Test
    void badCellsTypedInLibreOfficeAreRefusedWithTheirRowAndColumn() throws Exception {
        signIn(world.memberA1);
        byte[] filled = LibreOffice.fillIn(
                offline.export(round, Language.EN, false),
                folder,
                cell(1, OfflineWorkbook.ANSWER, "7"),
                cell(2, OfflineWorkbook.ANSWER, "2"),
                cell(3, OfflineWorkbook.ANSWER, "maybe"));

        WorkbookPreview preview = offline.preview(round, filled);
        assertThat(preview.errors())
                .extracting(WorkbookPreview.Problem::row, WorkbookPreview.Problem::column)
                .containsExactly(tuple(2, "J"), tuple(4, "J"));
        assertThat(preview.applicable()).isFalse();
        assertThat(service.answers(round)).isEmpty();
    }

    /** The program named in the file's own properties. */
    private static String application(byte[] xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("docProps/app.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
