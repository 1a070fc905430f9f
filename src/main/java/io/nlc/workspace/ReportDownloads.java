package io.nlc.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.nlc.base.DownloadProgress;
import io.nlc.content.Language;
import io.nlc.portfolio.PortfolioMode;
import io.nlc.report.AssessmentReports;
import io.nlc.report.PortfolioReports;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The PDF downloads: an assessment's report, whose language and internal material the reader chooses in a dialog,
 * and the hub portfolio. The PDF is made in the browser's own download request, so the screen stays usable while it
 * is written; the services check the reader there as everywhere.
 */
final class ReportDownloads {

    static final String PDF = "application/pdf";

    private ReportDownloads() {}

    /** "Download PDF" on the results: opens the dialog. */
    static Button assessmentButton(AssessmentReports reports, long assessmentId, Language language) {
        Button button = new Button(
                I18NProvider.translate("report.download"),
                VaadinIcon.FILE_TEXT_O.create(),
                click -> new AssessmentDialog(reports, assessmentId, language).open());
        button.addClassName("report-download");
        return button;
    }

    /** Asks the report's language (the reader's own by default) and whether to include internal material (no). */
    static final class AssessmentDialog extends Dialog {

        final Select<Language> language = new Select<>();
        final Checkbox internal = new Checkbox();
        final Anchor download;

        AssessmentDialog(AssessmentReports reports, long assessmentId, Language readerLanguage) {
            setHeaderTitle(getTranslation("report.dialog.title"));
            addClassName("report-dialog");
            // The download request reads the choice from here, not from the components: it runs outside the UI.
            AtomicReference<Language> chosenLanguage = new AtomicReference<>(readerLanguage);
            AtomicReference<Boolean> includeInternal = new AtomicReference<>(false);
            language.setLabel(getTranslation("report.dialog.language"));
            language.setItems(Language.values());
            language.setItemLabelGenerator(value -> getTranslation("language." + value.code()));
            language.setValue(readerLanguage);
            language.addValueChangeListener(change -> chosenLanguage.set(change.getValue()));
            internal.setLabel(getTranslation("report.dialog.internal"));
            internal.setValue(false);
            internal.addValueChangeListener(change -> includeInternal.set(change.getValue()));
            download = new Anchor();
            download.setText(getTranslation("report.dialog.download"));
            DownloadProgress progress = new DownloadProgress(getTranslation("report.making"));
            download.setHref(progress.around(download, event -> {
                Language chosen = chosenLanguage.get();
                byte[] pdf = reports.pdf(assessmentId, chosen, includeInternal.get());
                return new DownloadResponse(
                        new ByteArrayInputStream(pdf), reports.fileName(assessmentId, chosen), PDF, pdf.length);
            }));
            download.addClassName("report-file");
            download.getElement().setAttribute("theme", "button primary");
            add(language, internal, progress);
            Button close = new Button(getTranslation("report.dialog.close"), click -> close());
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(close, download);
        }
    }

    /**
     * "Portfolio PDF" on the hub portfolio, in the reader's language, for the rounds the page shows ({@code mode},
     * which the page keeps up to date), with {@code progress} shown while it is made.
     */
    static Anchor portfolioLink(
            PortfolioReports reports,
            long hubId,
            AtomicReference<PortfolioMode> mode,
            Language language,
            DownloadProgress progress) {
        Anchor link = new Anchor();
        link.setText(I18NProvider.translate("report.portfolio.download"));
        link.setHref(progress.around(link, event -> {
            byte[] pdf = reports.pdf(hubId, mode.get(), language);
            return new DownloadResponse(
                    new ByteArrayInputStream(pdf), reports.fileName(hubId, language), PDF, pdf.length);
        }));
        link.addClassName("portfolio-pdf");
        return link;
    }
}
