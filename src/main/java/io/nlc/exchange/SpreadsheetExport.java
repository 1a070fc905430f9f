package io.nlc.exchange;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AnswerDraft.Sensitivity;
import io.nlc.assessment.AssessmentAnswers;
import io.nlc.assessment.AssessmentRef;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.SavedAnswer;
import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditRecord;
import io.nlc.audit.AuditTrail;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.PlanFilter;
import io.nlc.plan.PlannedAction;
import io.nlc.results.AssessmentResults;
import io.nlc.results.Results;
import io.nlc.scoring.AssessmentScore;
import io.nlc.scoring.ThemeScore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Spreadsheet exports of one assessment: an editable XLSX workbook with its answers, scores, action plan and
 * history, and a CSV file of its answers. Every value is read through the services the screens use, as the signed-in
 * user: a city's data reaches its team, its hub's advisors and administrators (and its national focal points),
 * never a rater; the national ratings only where {@link AssessmentService#answersForResults} shows them (blind
 * rating). Internal notes and links, and discussion messages, are left out unless {@code includeInternal}.
 */
@Service
public class SpreadsheetExport {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AssessmentService assessments;
    private final Results results;
    private final ActionPlans plans;
    private final AuditTrail trail;

    SpreadsheetExport(AssessmentService assessments, Results results, ActionPlans plans, AuditTrail trail) {
        this.assessments = assessments;
        this.results = results;
        this.plans = plans;
        this.trail = trail;
    }

    /** The workbook: answers, scores, plan and history, one sheet each, with texts in the given language. */
    public byte[] workbook(long assessmentId, Language language, boolean includeInternal) {
        Labels labels = new Labels(language);
        AssessmentAnswers answers = assessments.answersForResults(assessmentId);
        AssessmentResults scored = results.results(assessmentId);
        List<Sheet> sheets = List.of(
                answers(answers, labels, includeInternal),
                scores(scored, labels),
                plan(answers, labels),
                history(assessmentId, labels, includeInternal));
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (Sheet sheet : sheets) {
                write(workbook.createSheet(sheet.name()), sheet, styles, language);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answers as CSV (UTF-8 with a byte order mark, so spreadsheet programs read Arabic and French right). */
    public byte[] answersCsv(long assessmentId, Language language, boolean includeInternal) {
        Sheet sheet = answers(assessments.answersForResults(assessmentId), new Labels(language), includeInternal);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            csv.printRecord(sheet.header().stream().map(CellText::forCsv).toList());
            for (List<@Nullable Object> row : sheet.rows()) {
                csv.printRecord(row.stream()
                        .map(cell -> cell == null ? "" : cell instanceof String text ? CellText.forCsv(text) : cell)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A file name of plain letters: the round's id and label, whatever script the city's name is in. */
    public static String fileName(long assessmentId, String roundLabel, String extension) {
        String round = roundLabel.replaceAll("[^A-Za-z0-9-]+", "_");
        return "assessment-" + assessmentId + "-" + round + "." + extension;
    }

    private Sheet answers(AssessmentAnswers answers, Labels labels, boolean includeInternal) {
        Map<String, SavedAnswer> national = answers.national();
        List<String> header = new ArrayList<>(List.of(
                labels.get("export.col.theme"),
                labels.get("export.col.item"),
                labels.get("export.col.question"),
                labels.get("export.col.answer"),
                labels.get("export.col.level"),
                labels.get("export.col.confidence"),
                labels.get("export.col.note"),
                labels.get("export.col.note-label"),
                labels.get("export.col.links"),
                labels.get("export.col.links-label"),
                labels.get("export.col.saved-by"),
                labels.get("export.col.saved-at")));
        if (national != null) {
            header.add(labels.get("export.col.national"));
        }
        Sheet sheet = new Sheet(labels.get("export.sheet.answers"), header, new ArrayList<>());
        Language language = labels.language();
        for (Theme theme : answers.scope().themes()) {
            for (Item item : theme.items()) {
                SavedAnswer saved = answers.local().getOrDefault(item.id(), SavedAnswer.unanswered(item.id()));
                AnswerDraft draft = saved.draft().forExport(includeInternal);
                List<@Nullable Object> row = new ArrayList<>();
                row.add(theme.name().in(language));
                row.add(item.id());
                row.add(item.question().in(language));
                row.add(state(draft, labels));
                row.add(draft.level() == null ? null : draft.level().doubleValue());
                row.add(draft.confidence() == null ? null : labels.get("confidence." + draft.confidence()));
                row.add(draft.comment());
                row.add(draft.comment().isEmpty() ? "" : label(draft.commentSensitivity(), labels));
                row.add(String.join("\n", draft.evidence()));
                row.add(draft.evidence().isEmpty() ? "" : label(draft.evidenceSensitivity(), labels));
                row.add(saved.updatedBy() == null ? "" : saved.updatedBy());
                row.add(when(saved.updatedAt()));
                if (national != null) {
                    SavedAnswer theirs = national.get(item.id());
                    row.add(theirs == null ? "" : state(theirs.draft(), labels));
                }
                sheet.rows().add(row);
            }
        }
        return sheet;
    }

    private static Sheet scores(AssessmentResults scored, Labels labels) {
        Language language = labels.language();
        Sheet sheet = new Sheet(
                labels.get("export.sheet.scores"),
                labels.get("export.col.theme"),
                labels.get("export.col.score"),
                labels.get("export.col.maturity"),
                labels.get("export.col.current-level"),
                labels.get("export.col.target"),
                labels.get("export.col.gap"),
                labels.get("export.col.answered"),
                labels.get("export.col.applicable"),
                labels.get("export.col.completeness"));
        AssessmentScore score = scored.score();
        for (ThemeScore theme : score.themes()) {
            String name = scored.framework()
                    .theme(theme.themeId())
                    .map(found -> found.name().in(language))
                    .orElse(theme.themeId());
            sheet.row(
                    name,
                    rounded(theme.score()),
                    theme.maturity() == null ? null : theme.maturity().doubleValue(),
                    rounded(theme.currentLevel()),
                    (double) theme.target(),
                    rounded(theme.gap()),
                    (double) theme.answered(),
                    (double) theme.applicable(),
                    rounded(theme.completeness() * 100));
        }
        sheet.row(
                labels.get("export.overall"),
                rounded(score.index()),
                score.maturity() == null ? null : score.maturity().doubleValue(),
                null,
                null,
                null,
                (double) score.answered(),
                (double) score.applicable(),
                rounded(score.completeness() * 100));
        return sheet;
    }

    private Sheet plan(AssessmentAnswers answers, Labels labels) {
        Sheet sheet = new Sheet(
                labels.get("export.sheet.plan"),
                labels.get("export.col.action"),
                labels.get("export.col.description"),
                labels.get("export.col.owner"),
                labels.get("export.col.start"),
                labels.get("export.col.due"),
                labels.get("export.col.status"),
                labels.get("export.col.addresses"),
                labels.get("export.col.latest-note"));
        AssessmentRef round = assessments.requireVisible(answers.overview().id());
        for (PlannedAction action : plans.plan(round.cityId(), PlanFilter.all())) {
            if (action.assessmentId() != round.id()) {
                continue;
            }
            sheet.row(
                    action.title(),
                    action.description(),
                    action.owner(),
                    action.startDate() == null ? "" : action.startDate().toString(),
                    action.dueDate() == null ? "" : action.dueDate().toString(),
                    labels.get("plan.status." + action.status())
                            + (action.dropReason() == null ? "" : " — " + action.dropReason()),
                    String.join(", ", action.targets()),
                    action.notes().isEmpty() ? "" : action.notes().getFirst().text());
        }
        return sheet;
    }

    private Sheet history(long assessmentId, Labels labels, boolean includeInternal) {
        Sheet sheet = new Sheet(
                labels.get("export.sheet.history"),
                labels.get("export.col.when"),
                labels.get("export.col.who"),
                labels.get("export.col.what"),
                labels.get("export.col.item"),
                labels.get("export.col.before"),
                labels.get("export.col.after"));
        // Newest first, as the history screen lists them.
        for (AuditRecord entry : trail.entries(assessmentId, AuditFilter.all())) {
            String before = "";
            String after = "";
            switch (entry.kind()) {
                case ANSWER -> {
                    before = answer(entry.oldAnswer(), labels, includeInternal);
                    after = answer(entry.newAnswer(), labels, includeInternal);
                }
                case TARGET -> {
                    before = entry.oldTarget() == null ? "" : entry.oldTarget().toString();
                    after = entry.newTarget() == null ? "" : entry.newTarget().toString();
                }
                case STATUS -> {
                    before = entry.oldStatus() == null ? "" : labels.get("status." + entry.oldStatus());
                    after = entry.newStatus() == null ? "" : labels.get("status." + entry.newStatus());
                }
                // Discussion messages are the team's and the hub's working conversation: internal.
                case COMMENT -> after = includeInternal && entry.commentText() != null ? entry.commentText() : "";
                case ASSIGNMENT -> {
                    before = entry.oldAssignee() == null ? "" : entry.oldAssignee();
                    after = entry.newAssignee() == null ? "" : entry.newAssignee();
                }
                case ACTION -> {
                    if (entry.action() != null) {
                        before = entry.action().before() == null
                                ? ""
                                : entry.action().before();
                        after = entry.action().after() == null
                                ? ""
                                : entry.action().after();
                    }
                }
            }
            sheet.row(
                    when(entry.at()),
                    entry.actor(),
                    labels.get("export.kind." + entry.kind()),
                    entry.itemId() == null ? "" : entry.itemId(),
                    before,
                    after);
        }
        return sheet;
    }

    private static String answer(@Nullable AnswerDraft draft, Labels labels, boolean includeInternal) {
        if (draft == null) {
            return "";
        }
        AnswerDraft shown = draft.forExport(includeInternal);
        return shown.comment().isEmpty() ? state(shown, labels) : state(shown, labels) + " — " + shown.comment();
    }

    private static String state(AnswerDraft draft, Labels labels) {
        return switch (draft.state()) {
            case LEVEL -> labels.get("item.level", draft.level());
            case NOT_APPLICABLE -> labels.get("choice.NOT_APPLICABLE");
            case DONT_KNOW -> labels.get("choice.DONT_KNOW");
            case UNANSWERED -> labels.get("item.status.unanswered");
        };
    }

    private static String label(Sensitivity sensitivity, Labels labels) {
        return labels.get("export.sensitivity." + sensitivity);
    }

    private static String when(@Nullable Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(MOROCCO));
    }

    /** Scores to one decimal, as the screens show them. */
    private static @Nullable Double rounded(@Nullable Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static void write(XSSFSheet target, Sheet sheet, Styles styles, Language language) {
        target.setRightToLeft(language.rightToLeft());
        Row header = target.createRow(0);
        for (int column = 0; column < sheet.header().size(); column++) {
            text(header.createCell(column), sheet.header().get(column), styles.header, styles);
        }
        int rowIndex = 1;
        for (List<@Nullable Object> values : sheet.rows()) {
            Row row = target.createRow(rowIndex++);
            for (int column = 0; column < values.size(); column++) {
                Object value = values.get(column);
                Cell cell = row.createCell(column);
                if (value instanceof Double number) {
                    cell.setCellValue(number);
                } else if (value instanceof String text) {
                    text(cell, text, null, styles);
                }
            }
        }
        target.createFreezePane(0, 1);
        for (int column = 0; column < sheet.header().size(); column++) {
            target.setColumnWidth(column, 18 * 256);
        }
    }

    /** Always a string cell, never a formula; text a spreadsheet program could read as one is quote-prefixed. */
    private static void text(Cell cell, String text, @Nullable CellStyle style, Styles styles) {
        cell.setCellValue(text);
        if (CellText.risky(text)) {
            cell.setCellStyle(styles.quoted);
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle quoted;

        Styles(XSSFWorkbook workbook) {
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
