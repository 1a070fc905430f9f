package io.nlc.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.communication.PushMode;
import io.nlc.assessment.AnswerConflictException;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentNotEditableException;
import io.nlc.assessment.InvalidRoundInputException;
import io.nlc.base.BackgroundWork;
import io.nlc.base.Formats;
import io.nlc.base.UploadTexts;
import io.nlc.content.Language;
import io.nlc.exchange.OfflineWorkbook;
import io.nlc.exchange.SpreadsheetExport;
import io.nlc.exchange.WorkbookPreview;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The offline workbook: download it (internal notes only when asked), and, for a team that may answer, upload it
 * back to see a preview of every change, conflict and error with its row before applying all of it at once.
 */
class WorkbookDialog extends Dialog {

    private final OfflineWorkbook workbook;
    private final BackgroundWork background;
    private final ProgressBar progress = new ProgressBar();
    private final long assessmentId;
    private final Runnable applied;
    private final Checkbox includeInternal = new Checkbox();
    private final Anchor download = new Anchor();
    private final Div preview = new Div();
    private final Button apply = new Button();
    private final Map<String, Boolean> resolutions = new HashMap<>();
    private @Nullable WorkbookPreview shown;

    WorkbookDialog(
            OfflineWorkbook workbook,
            BackgroundWork background,
            long assessmentId,
            String roundLabel,
            Language language,
            boolean canImport,
            Runnable applied) {
        this.workbook = workbook;
        this.background = background;
        this.assessmentId = assessmentId;
        this.applied = applied;
        setHeaderTitle(getTranslation("workbook.title"));
        addClassName("workbook-dialog");
        add(new Paragraph(getTranslation("workbook.intro")));
        includeInternal.setLabel(getTranslation("export.include-internal"));
        includeInternal.setHelperText(getTranslation("export.include-internal.help"));
        includeInternal.addClassName("include-internal");
        includeInternal.addValueChangeListener(event -> link(roundLabel, language));
        download.setText(getTranslation("workbook.download"));
        download.addClassName("workbook-download");
        link(roundLabel, language);
        add(includeInternal, new Div(download));
        if (canImport) {
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory(
                    (metadata, data) -> ui.access(() -> showPreview(workbook.preview(assessmentId, data)))));
            upload.setMaxFiles(1);
            upload.setMaxFileSize(OfflineWorkbook.MAX_BYTES);
            upload.setAcceptedFileTypes(".xlsx", SpreadsheetExport.XLSX_TYPE);
            upload.setI18n(UploadTexts.of(this, "workbook"));
            upload.addFileRejectedListener(rejected -> showPreview(
                    rejected.getFileName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                            ? WorkbookPreview.tooLarge(assessmentId)
                            : WorkbookPreview.notAWorkbook(assessmentId)));
            upload.addClassName("workbook-upload");
            preview.addClassName("workbook-preview");
            apply.setText(getTranslation("workbook.apply"));
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            apply.addClassName("workbook-apply");
            apply.setEnabled(false);
            apply.addClickListener(click -> applyPreview());
            // Push from the start, so the connection is up long before an apply finishes off the request thread.
            addAttachListener(event -> event.getUI().getPushConfiguration().setPushMode(PushMode.AUTOMATIC));
            progress.setIndeterminate(true);
            progress.setVisible(false);
            progress.addClassName("workbook-progress");
            progress.getElement().setAttribute("aria-label", getTranslation("workbook.applying"));
            add(new H3(getTranslation("workbook.import")), upload, preview, progress);
            getFooter().add(apply);
        }
        getFooter().add(new Button(getTranslation("export.close"), click -> close()));
    }

    private void link(String roundLabel, Language language) {
        boolean internal = includeInternal.getValue();
        String name = SpreadsheetExport.fileName(assessmentId, roundLabel + "-offline", "xlsx");
        download.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = workbook.export(assessmentId, language, internal);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), name, SpreadsheetExport.XLSX_TYPE, bytes.length);
        }));
        download.getElement().setAttribute("data-include-internal", String.valueOf(internal));
    }

    /** Lists what the uploaded workbook would do; the apply button waits for every conflict to be resolved. */
    void showPreview(WorkbookPreview result) {
        shown = result;
        resolutions.clear();
        preview.removeAll();
        if (!result.errors().isEmpty()) {
            preview.add(new H3(getTranslation("workbook.errors", result.errors().size())));
            UnorderedList errors = new UnorderedList();
            errors.addClassName("workbook-errors");
            for (WorkbookPreview.Problem problem : result.errors()) {
                String message = getTranslation(
                        problem.messageKey(),
                        problem.arguments().stream().map(Formats::isolate).toArray());
                errors.add(new ListItem(
                        problem.row() > 0
                                ? getTranslation("workbook.at", problem.row(), problem.column(), message)
                                : message));
            }
            preview.add(errors, new Paragraph(getTranslation("workbook.nothing-applied")));
        }
        if (!result.conflicts().isEmpty()) {
            preview.add(new H3(
                    getTranslation("workbook.conflicts", result.conflicts().size())));
            Div conflicts = new Div();
            conflicts.addClassName("workbook-conflicts");
            for (WorkbookPreview.Change conflict : result.conflicts()) {
                RadioButtonGroup<Boolean> choice = new RadioButtonGroup<>(change(conflict));
                choice.setItems(false, true);
                choice.setItemLabelGenerator(take -> take
                        ? getTranslation("workbook.take-file", answer(conflict.proposed()))
                        : getTranslation("workbook.keep-app", answer(conflict.current())));
                choice.addClassName("workbook-conflict");
                choice.addValueChangeListener(event -> {
                    if (event.getValue() != null) {
                        resolutions.put(conflict.itemId(), event.getValue());
                    }
                    updateApply();
                });
                conflicts.add(choice);
            }
            preview.add(conflicts);
        }
        if (!result.changes().isEmpty()) {
            preview.add(
                    new H3(getTranslation("workbook.changes", result.changes().size())));
            UnorderedList changes = new UnorderedList();
            changes.addClassName("workbook-changes");
            result.changes().forEach(change -> changes.add(new ListItem(change(change))));
            preview.add(changes);
        }
        if (result.errors().isEmpty()
                && result.changes().isEmpty()
                && result.conflicts().isEmpty()) {
            preview.add(new Paragraph(getTranslation("workbook.no-change")));
        }
        updateApply();
    }

    private String change(WorkbookPreview.Change change) {
        return getTranslation(
                "workbook.change", change.row(), change.itemId(), answer(change.current()), answer(change.proposed()));
    }

    private String answer(AnswerDraft draft) {
        String state = switch (draft.state()) {
            case LEVEL -> getTranslation("item.level", draft.level());
            case NOT_APPLICABLE -> getTranslation("choice.NOT_APPLICABLE");
            case DONT_KNOW -> getTranslation("choice.DONT_KNOW");
            case UNANSWERED -> getTranslation("item.status.unanswered");
        };
        return draft.comment().isBlank() ? state : state + " · “" + Formats.isolate(draft.comment()) + "”";
    }

    private void updateApply() {
        WorkbookPreview result = shown;
        apply.setEnabled(result != null
                && result.applicable()
                && resolutions.size() == result.conflicts().size()
                && (!result.changes().isEmpty() || resolutions.containsValue(true)));
    }

    /**
     * Applies the shown preview off the request thread (a long workbook takes a while), with a bar meanwhile; the
     * services check the person as on screen (BackgroundWork carries their sign-in to the worker).
     */
    private void applyPreview() {
        WorkbookPreview result = shown;
        UI ui = getUI().orElse(null);
        if (result == null || ui == null) {
            return;
        }
        Map<String, Boolean> chosen = Map.copyOf(resolutions);
        apply.setEnabled(false);
        progress.setVisible(true);
        background.run(
                () -> workbook.apply(result, chosen).size(),
                saved -> ui.access(() -> applied(saved)),
                failure -> ui.access(() -> notApplied(failure)));
    }

    private void applied(int saved) {
        progress.setVisible(false);
        close();
        applied.run();
        Notification.show(getTranslation("workbook.applied", saved));
    }

    private void notApplied(RuntimeException failure) {
        progress.setVisible(false);
        switch (failure) {
            case AnswerConflictException conflict -> refuse("workbook.changed-meanwhile");
            case AssessmentNotEditableException locked -> refuse("item.status.locked");
            case InvalidRoundInputException invalid -> refuse(invalid.messageKey());
            default -> refuse("workbook.apply-failed");
        }
    }

    private void refuse(String key) {
        shown = null;
        preview.removeAll();
        Paragraph message = new Paragraph(getTranslation(key));
        message.addClassName("workbook-refused");
        preview.add(message, new Paragraph(getTranslation("workbook.nothing-applied")));
        updateApply();
    }
}
