package io.nlc.exchange;

import io.nlc.assessment.AnswerDraft;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an offline workbook would change, checked row by row before anything is applied. {@code errors} refuse the
 * whole file; {@code conflicts} are answers changed in the app since the export, each to be resolved by keeping the
 * app's answer or taking the workbook's; {@code changes} are the rest.
 */
public record WorkbookPreview(long assessmentId, List<Change> changes, List<Change> conflicts, List<Problem> errors) {

    public WorkbookPreview {
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
        errors = List.copyOf(errors);
    }

    static WorkbookPreview refused(long assessmentId, Problem problem) {
        return new WorkbookPreview(assessmentId, List.of(), List.of(), List.of(problem));
    }

    /** The refusal of a file over {@link OfflineWorkbook#MAX_BYTES}, as the upload field reports it. */
    public static WorkbookPreview tooLarge(long assessmentId) {
        return refused(
                assessmentId,
                Problem.of("workbook.error.too-large", String.valueOf(OfflineWorkbook.MAX_BYTES / 1024 / 1024)));
    }

    /** The refusal of a file that is not an XLSX workbook. */
    public static WorkbookPreview notAWorkbook(long assessmentId) {
        return refused(assessmentId, Problem.of("workbook.error.not-a-workbook"));
    }

    public boolean applicable() {
        return errors.isEmpty();
    }

    /**
     * One item's change: the answer in the app now ({@code current}, at {@code currentVersion}), what the workbook
     * says ({@code proposed}), and the row of the workbook it is on (1-based, as spreadsheet programs number them).
     */
    public record Change(int row, String itemId, AnswerDraft current, long currentVersion, AnswerDraft proposed) {}

    /**
     * A refusal with its translation key and arguments; {@code row} (1-based) and {@code column} (a letter) where
     * there is one.
     */
    public record Problem(int row, @Nullable String column, String messageKey, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(String messageKey, String... arguments) {
            return new Problem(0, null, messageKey, List.of(arguments));
        }

        static Problem at(int row, String column, String messageKey, String... arguments) {
            return new Problem(row, column, messageKey, List.of(arguments));
        }
    }
}
