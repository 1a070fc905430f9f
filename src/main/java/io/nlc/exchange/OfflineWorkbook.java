package io.nlc.exchange;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentAnswers;
import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.Perspective;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Framework;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.kernel.LoggedFailure;
import io.nlc.scoring.AnswerState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The offline questionnaire workbook: exported with the items, their guidance and level descriptors (locked), a
 * level drop-down and a note per item (the only cells to fill in), and a hidden, protected sheet naming the
 * assessment, its framework version and checksum, the export time and each answer's version. Imported back, every
 * row is checked and a {@link WorkbookPreview} lists the changes, the conflicts with answers changed in the app
 * since the export, and the errors with their row and column; {@link #apply} saves all or nothing through
 * {@link AssessmentService#saveAll}, so the history records it under the importing user.
 */
@Service
public class OfflineWorkbook {

    /** The largest file accepted, far above a full assessment's workbook (about 40 kB). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    static final String META = "nlc-meta";
    static final String FORMAT = "nlc-offline-workbook-1";
    static final int MAX_ROWS = 1000;
    /** Item, theme, question, guidance, the five level descriptors: never to be edited. */
    static final int LOCKED_COLUMNS = 9;

    static final int ANSWER = 9;
    static final int NOTE = 10;
    private static final int META_ITEMS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(OfflineWorkbook.class);

    static {
        // Refuse zip bombs before they inflate: POI's own limits, made explicit and smaller than its defaults.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(16L * 1024 * 1024);
    }

    private final AssessmentService assessments;
    private final Clock clock;

    OfflineWorkbook(AssessmentService assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    /** The workbook of an assessment for anyone who may see it, texts in the given language. */
    public byte[] export(long assessmentId, Language language, boolean includeInternal) {
        AssessmentAnswers answers = assessments.answersForResults(assessmentId);
        Framework framework = answers.framework();
        Labels labels = new Labels(language);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(labels.get("workbook.sheet"));
            sheet.setRightToLeft(language.rightToLeft());
            CellStyle locked = workbook.createCellStyle();
            locked.setWrapText(true);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle editable = workbook.createCellStyle();
            editable.setLocked(false);
            editable.setWrapText(true);
            CellStyle editableQuoted = workbook.createCellStyle();
            editableQuoted.cloneStyleFrom(editable);
            editableQuoted.setQuotePrefixed(true);
            CellStyle lockedQuoted = workbook.createCellStyle();
            lockedQuoted.cloneStyleFrom(locked);
            lockedQuoted.setQuotePrefixed(true);

            Row head = sheet.createRow(0);
            List<String> titles = new ArrayList<>(List.of(
                    labels.get("export.col.item"),
                    labels.get("export.col.theme"),
                    labels.get("export.col.question"),
                    labels.get("workbook.col.guidance")));
            for (int level = 0; level <= Item.MAX_LEVEL; level++) {
                titles.add(labels.get("item.level", level) + " · "
                        + framework.levelName(level).in(language));
            }
            titles.add(labels.get("workbook.col.answer"));
            titles.add(labels.get("export.col.note"));
            for (int column = 0; column < titles.size(); column++) {
                Cell cell = head.createCell(column);
                cell.setCellValue(titles.get(column));
                cell.setCellStyle(header);
            }

            XSSFSheet meta = workbook.createSheet(META);
            meta(meta, 0, "format", FORMAT);
            meta(meta, 1, "assessment", String.valueOf(assessmentId));
            meta(meta, 2, "framework", String.valueOf(framework.version()));
            meta(meta, 3, "checksum", framework.checksum());
            meta(meta, 4, "language", language.code());
            meta(meta, 5, "exported", clock.instant().toString());

            int rowIndex = 1;
            int metaIndex = META_ITEMS;
            for (Theme theme : answers.scope().themes()) {
                for (Item item : theme.items()) {
                    SavedAnswer saved = answers.local().getOrDefault(item.id(), SavedAnswer.unanswered(item.id()));
                    AnswerDraft draft = saved.draft();
                    boolean withheld = !draft.commentSensitivity().shownIn(includeInternal);
                    Row row = sheet.createRow(rowIndex++);
                    List<String> texts = lockedTexts(item, theme, framework, language);
                    for (int column = 0; column < texts.size(); column++) {
                        text(row.createCell(column), texts.get(column), locked, lockedQuoted);
                    }
                    text(row.createCell(ANSWER), code(draft), editable, editableQuoted);
                    // A note left out of the export stays as it is in the app: its cell is locked and empty.
                    text(
                            row.createCell(NOTE),
                            withheld ? "" : draft.comment(),
                            withheld ? locked : editable,
                            withheld ? lockedQuoted : editableQuoted);
                    Row metaRow = meta.createRow(metaIndex++);
                    metaRow.createCell(0).setCellValue(item.id());
                    metaRow.createCell(1).setCellValue(String.valueOf(saved.version()));
                    metaRow.createCell(2).setCellValue(code(draft));
                    metaRow.createCell(3).setCellValue(withheld ? "" : draft.comment());
                    metaRow.createCell(4).setCellValue(withheld ? "withheld" : "");
                }
            }
            if (rowIndex > 1) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation levels = helper.createValidation(
                        helper.createExplicitListConstraint(new String[] {"0", "1", "2", "3", "4", "NA", "DK"}),
                        new CellRangeAddressList(1, rowIndex - 1, ANSWER, ANSWER));
                levels.setShowErrorBox(true);
                levels.setErrorStyle(DataValidation.ErrorStyle.STOP);
                levels.createErrorBox(labels.get("workbook.col.answer"), labels.get("workbook.answer.help"));
                levels.createPromptBox(labels.get("workbook.col.answer"), labels.get("workbook.answer.help"));
                levels.setShowPromptBox(true);
                sheet.addValidationData(levels);
            }
            sheet.createFreezePane(1, 1);
            for (int column = 0; column <= NOTE; column++) {
                sheet.setColumnWidth(column, (column == 0 || column == ANSWER ? 10 : 30) * 256);
            }
            // Nobody is meant to unprotect these sheets: the password is thrown away.
            String password = UUID.randomUUID().toString();
            sheet.protectSheet(password);
            meta.protectSheet(password);
            workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a filled-in workbook for the assessment and says what it would change; nothing is saved. Only the city
     * team, while it may answer, imports. A file that cannot be read is a refusal in the preview, never an exception.
     */
    public WorkbookPreview preview(long assessmentId, byte[] file) {
        AssessmentAnswers answers = assessments.answersForResults(assessmentId);
        AssessmentOverview overview = answers.overview();
        if (overview.perspective() != Perspective.LOCAL || !overview.canAnswer()) {
            return WorkbookPreview.refused(assessmentId, WorkbookPreview.Problem.of("workbook.error.not-allowed"));
        }
        if (file.length > MAX_BYTES) {
            return WorkbookPreview.tooLarge(assessmentId);
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (Exception | StackOverflowError e) {
            // POI throws many kinds for a file that is not a workbook; its message names a zip bomb.
            // The message may quote the file's content: its kind only above DEBUG.
            LOG.info(
                    "Workbook refused for assessment {}: {}",
                    assessmentId,
                    e.getClass().getName());
            LOG.debug("Workbook refused for assessment {}", assessmentId, e);
            boolean bomb = false;
            for (Throwable cause = e; cause != null && !bomb; cause = cause.getCause()) {
                String message = String.valueOf(cause.getMessage());
                bomb = message.contains("Zip bomb") || message.contains("exceeds the max");
            }
            return WorkbookPreview.refused(
                    assessmentId,
                    WorkbookPreview.Problem.of(bomb ? "workbook.error.zip-bomb" : "workbook.error.not-a-workbook"));
        }
        try (workbook) {
            return check(answers, workbook);
        } catch (IOException | RuntimeException e) {
            // A workbook POI opened but cannot read further (a damaged part): refused like any unreadable file.
            LOG.info("Workbook unreadable for assessment {}", assessmentId, LoggedFailure.of(e));
            LOG.debug("Workbook unreadable for assessment {}", assessmentId, e);
            return WorkbookPreview.refused(assessmentId, WorkbookPreview.Problem.of("workbook.error.not-a-workbook"));
        }
    }

    /**
     * Saves the preview's changes, and of its conflicts those the user chose to take from the workbook
     * ({@code takeWorkbook}, by item id; the others keep the app's answer), all or nothing. Refused when the preview
     * has errors or a conflict is left unresolved; a conflict that arose since the preview refuses it all too.
     */
    public List<SavedAnswer> apply(WorkbookPreview preview, Map<String, Boolean> takeWorkbook) {
        if (!preview.applicable()) {
            throw new IllegalStateException("A workbook with errors is never applied");
        }
        Map<String, AnswerDraft> drafts = new LinkedHashMap<>();
        Map<String, Long> versions = new HashMap<>();
        for (WorkbookPreview.Change change : preview.changes()) {
            drafts.put(change.itemId(), change.proposed());
            versions.put(change.itemId(), change.currentVersion());
        }
        for (WorkbookPreview.Change conflict : preview.conflicts()) {
            Boolean take = takeWorkbook.get(conflict.itemId());
            if (take == null) {
                throw new IllegalArgumentException("Unresolved conflict on " + conflict.itemId());
            }
            if (take) {
                drafts.put(conflict.itemId(), conflict.proposed());
                versions.put(conflict.itemId(), conflict.currentVersion());
            }
        }
        return drafts.isEmpty() ? List.of() : assessments.saveAll(preview.assessmentId(), drafts, versions);
    }

    private WorkbookPreview check(AssessmentAnswers answers, XSSFWorkbook workbook) {
        long assessmentId = answers.overview().id();
        Sheet meta = workbook.getSheet(META);
        if (meta == null || !FORMAT.equals(metaValue(meta, 0)) || workbook.getNumberOfSheets() < 2) {
            return WorkbookPreview.refused(assessmentId, WorkbookPreview.Problem.of("workbook.error.not-ours"));
        }
        if (!String.valueOf(assessmentId).equals(metaValue(meta, 1))) {
            return WorkbookPreview.refused(assessmentId, WorkbookPreview.Problem.of("workbook.error.other-assessment"));
        }
        Framework framework = answers.framework();
        if (!String.valueOf(framework.version()).equals(metaValue(meta, 2))
                || !framework.checksum().equals(metaValue(meta, 3))) {
            return WorkbookPreview.refused(
                    assessmentId,
                    WorkbookPreview.Problem.of(
                            "workbook.error.framework", metaValue(meta, 2), String.valueOf(framework.version())));
        }
        Language language = Language.fromCode(metaValue(meta, 4));
        Map<String, Exported> exported = new HashMap<>();
        for (int index = META_ITEMS; index <= Math.min(meta.getLastRowNum(), META_ITEMS + MAX_ROWS); index++) {
            Row row = meta.getRow(index);
            if (row != null) {
                exported.put(
                        text(row.getCell(0)),
                        new Exported(
                                parseVersion(text(row.getCell(1))),
                                text(row.getCell(2)),
                                text(row.getCell(3)),
                                "withheld".equals(text(row.getCell(4)))));
            }
        }

        Map<String, Item> items = new HashMap<>();
        Map<String, Theme> themes = new HashMap<>();
        for (Theme theme : answers.scope().themes()) {
            for (Item item : theme.items()) {
                items.put(item.id(), item);
                themes.put(item.id(), theme);
            }
        }
        Sheet sheet = workbook.getSheetAt(0);
        if (sheet.getPhysicalNumberOfRows() > MAX_ROWS) {
            return WorkbookPreview.refused(
                    assessmentId, WorkbookPreview.Problem.of("workbook.error.too-many-rows", String.valueOf(MAX_ROWS)));
        }
        List<WorkbookPreview.Change> changes = new ArrayList<>();
        List<WorkbookPreview.Change> conflicts = new ArrayList<>();
        List<WorkbookPreview.Problem> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : sheet) {
            int number = row.getRowNum() + 1;
            if (row.getRowNum() == 0 || blank(row)) {
                continue;
            }
            String itemId = text(row.getCell(0));
            Item item = items.get(itemId);
            Exported before = exported.get(itemId);
            if (item == null || before == null) {
                errors.add(WorkbookPreview.Problem.at(number, "A", "workbook.error.unknown-item", itemId));
                continue;
            }
            if (!seen.add(itemId)) {
                errors.add(WorkbookPreview.Problem.at(number, "A", "workbook.error.duplicate-item", itemId));
                continue;
            }
            List<String> expected = lockedTexts(item, themes.get(itemId), framework, language);
            boolean lockedEdited = false;
            for (int column = 1; column < LOCKED_COLUMNS; column++) {
                if (!expected.get(column).strip().equals(text(row.getCell(column)))) {
                    errors.add(WorkbookPreview.Problem.at(number, letter(column), "workbook.error.locked-edited"));
                    lockedEdited = true;
                }
            }
            if (before.withheld() && !text(row.getCell(NOTE)).isEmpty()) {
                errors.add(WorkbookPreview.Problem.at(number, letter(NOTE), "workbook.error.locked-edited"));
                lockedEdited = true;
            }
            if (lockedEdited) {
                continue;
            }
            Cell answerCell = row.getCell(ANSWER);
            Cell noteCell = row.getCell(NOTE);
            if (formula(answerCell) || formula(noteCell)) {
                errors.add(WorkbookPreview.Problem.at(
                        number, letter(formula(answerCell) ? ANSWER : NOTE), "workbook.error.formula"));
                continue;
            }
            String code = answerCode(answerCell);
            if (code == null) {
                errors.add(
                        WorkbookPreview.Problem.at(number, letter(ANSWER), "workbook.error.level", text(answerCell)));
                continue;
            }
            SavedAnswer current = answers.local().getOrDefault(itemId, SavedAnswer.unanswered(itemId));
            String note = before.withheld() ? current.draft().comment() : text(noteCell);
            if (note.length() > AnswerDraft.MAX_COMMENT) {
                errors.add(WorkbookPreview.Problem.at(
                        number, letter(NOTE), "workbook.error.note-too-long", String.valueOf(AnswerDraft.MAX_COMMENT)));
                continue;
            }
            boolean answerChanged = !code.equals(before.code());
            boolean noteChanged = !before.withheld() && !note.equals(before.note());
            if (!answerChanged && !noteChanged) {
                continue;
            }
            AnswerDraft proposed = withCode(current.draft(), code);
            if (!answerChanged) {
                proposed = current.draft();
            }
            if (noteChanged) {
                proposed = proposed.withComment(note);
            }
            SavedAnswer.CarryOver carried = current.carryOver();
            if (answerChanged
                    && carried != null
                    && (proposed.state() != carried.state() || !Objects.equals(proposed.level(), carried.level()))) {
                // The reason for leaving last round's level is asked on the item card, not in a spreadsheet.
                errors.add(WorkbookPreview.Problem.at(number, letter(ANSWER), "workbook.error.carried-over"));
                continue;
            }
            WorkbookPreview.Change change =
                    new WorkbookPreview.Change(number, itemId, current.draft(), current.version(), proposed);
            boolean changedInApp = current.version() != before.version()
                    && (!code(current.draft()).equals(before.code())
                            || (!before.withheld() && !current.draft().comment().equals(before.note())));
            (changedInApp ? conflicts : changes).add(change);
        }
        return new WorkbookPreview(assessmentId, changes, conflicts, errors);
    }

    /** The texts of the locked columns of an item's row, as the export writes them. */
    private static List<String> lockedTexts(Item item, Theme theme, Framework framework, Language language) {
        List<String> texts = new ArrayList<>(List.of(
                item.id(),
                theme.name().in(language),
                item.question().in(language),
                item.guidance().in(language)));
        for (int level = 0; level <= Item.MAX_LEVEL; level++) {
            texts.add(item.level(level).in(language));
        }
        return texts;
    }

    /** The drop-down's code of an answer: the level, NA, DK, or empty for no answer. */
    static String code(AnswerDraft draft) {
        return switch (draft.state()) {
            case LEVEL -> String.valueOf(draft.level());
            case NOT_APPLICABLE -> "NA";
            case DONT_KNOW -> "DK";
            case UNANSWERED -> "";
        };
    }

    private static AnswerDraft withCode(AnswerDraft draft, String code) {
        return switch (code) {
            case "" -> draft.withState(AnswerState.UNANSWERED);
            case "NA" -> draft.withState(AnswerState.NOT_APPLICABLE);
            case "DK" -> draft.withState(AnswerState.DONT_KNOW);
            default -> draft.withLevel(Integer.parseInt(code));
        };
    }

    /** The answer cell as a code, or null when it is none of the drop-down's values. */
    private static @Nullable String answerCode(@Nullable Cell cell) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) && value >= 0 && value <= Item.MAX_LEVEL
                    ? String.valueOf((int) value)
                    : null;
        }
        String text = text(cell).toUpperCase(java.util.Locale.ROOT);
        return text.matches("[0-4]|NA|DK|") ? text : null;
    }

    private static boolean formula(@Nullable Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    private static boolean blank(Row row) {
        for (Cell cell : row) {
            if (!text(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String text(@Nullable Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell).strip();
    }

    private static String letter(int column) {
        return String.valueOf((char) ('A' + column));
    }

    private static long parseVersion(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    private static void meta(Sheet meta, int index, String key, String value) {
        Row row = meta.createRow(index);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value);
    }

    private static String metaValue(Sheet meta, int index) {
        Row row = meta.getRow(index);
        return row == null ? "" : text(row.getCell(1));
    }

    /** A string cell; quote-prefixed when a spreadsheet program could read it as a formula. */
    private static void text(Cell cell, String value, CellStyle style, CellStyle quoted) {
        cell.setCellValue(value);
        cell.setCellStyle(CellText.risky(value) ? quoted : style);
    }

    /** What the export wrote for an item: its version, answer code and note (unless withheld). */
    private record Exported(long version, String code, String note, boolean withheld) {}
}
