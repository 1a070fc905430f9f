package io.nlc.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.nlc.base.DownloadProgress;
import io.nlc.content.Language;
import io.nlc.exchange.AssessmentArchive;
import io.nlc.exchange.SpreadsheetExport;
import java.io.ByteArrayInputStream;

/**
 * Export of an assessment: the format, and whether internal material goes too (off by default, so that only what the
 * team marked shareable leaves the app). The file is built when the link is followed, as the signed-in user.
 */
class ExportDialog extends Dialog {

    enum Format {
        XLSX,
        CSV,
        JSON
    }

    private final RadioButtonGroup<Format> format = new RadioButtonGroup<>();
    private final Checkbox includeInternal = new Checkbox();
    private final Anchor download = new Anchor();

    private final AssessmentArchive archives;
    private final DownloadProgress progress = new DownloadProgress(getTranslation("export.making"));

    ExportDialog(
            SpreadsheetExport export,
            AssessmentArchive archives,
            long assessmentId,
            String roundLabel,
            Language language) {
        this.archives = archives;
        setHeaderTitle(getTranslation("export.title"));
        addClassName("export-dialog");
        format.setLabel(getTranslation("export.format"));
        format.setItems(Format.values());
        format.setItemLabelGenerator(value -> getTranslation("export.format." + value));
        format.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        format.setValue(Format.XLSX);
        format.addClassName("export-format");
        includeInternal.setLabel(getTranslation("export.include-internal"));
        includeInternal.setHelperText(getTranslation("export.include-internal.help"));
        includeInternal.addClassName("include-internal");
        download.setText(getTranslation("export.download"));
        download.addClassName("export-download");
        format.addValueChangeListener(event -> link(export, assessmentId, roundLabel, language));
        includeInternal.addValueChangeListener(event -> link(export, assessmentId, roundLabel, language));
        link(export, assessmentId, roundLabel, language);
        add(format, includeInternal, progress);
        Button close = new Button(getTranslation("export.close"), click -> close());
        getFooter().add(close, download);
    }

    /** Points the link at a file of the chosen format and content. */
    private void link(SpreadsheetExport export, long assessmentId, String roundLabel, Language language) {
        boolean internal = includeInternal.getValue();
        Format chosen = format.getValue() == null ? Format.XLSX : format.getValue();
        String extension = chosen.name().toLowerCase(java.util.Locale.ROOT);
        String name = SpreadsheetExport.fileName(assessmentId, roundLabel, extension);
        download.setHref(progress.around(download, event -> {
            byte[] bytes = switch (chosen) {
                case XLSX -> export.workbook(assessmentId, language, internal);
                case CSV -> export.answersCsv(assessmentId, language, internal);
                case JSON -> archives.export(assessmentId, internal);
            };
            String type = switch (chosen) {
                case XLSX -> SpreadsheetExport.XLSX_TYPE;
                case CSV -> SpreadsheetExport.CSV_TYPE;
                case JSON -> AssessmentArchive.JSON_TYPE;
            };
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        }));
        download.getElement().setAttribute("data-include-internal", String.valueOf(internal));
        download.getElement().setAttribute("data-format", extension);
    }

    Format format() {
        return format.getValue();
    }

    boolean includesInternal() {
        return includeInternal.getValue();
    }
}
