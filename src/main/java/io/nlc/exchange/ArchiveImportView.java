package io.nlc.exchange;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.communication.PushMode;
import io.nlc.base.BackgroundWork;
import io.nlc.base.Formats;
import io.nlc.base.UploadTexts;
import io.nlc.content.Language;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.Organisation;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * Administrators import a JSON archive of an assessment as a new round of a city: upload, read the preview (what it
 * holds, who has no account here, every problem with its JSON path), then confirm. The import runs off the request
 * thread with a progress bar; the button stays disabled meanwhile.
 */
@Route("archive-import")
@Menu(order = 4.7, title = "nav.archive-import", icon = "vaadin:upload")
@RolesAllowed("ADMINISTRATOR")
class ArchiveImportView extends Main implements HasDynamicTitle {

    private final AssessmentArchive archives;
    private final BackgroundWork background;
    private final Language language;
    private final ComboBox<CityRef> city = new ComboBox<>();
    private final Div preview = new Div();
    private final Button confirm = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private @Nullable ArchivePreview shown;

    ArchiveImportView(AssessmentArchive archives, Organisation organisation, BackgroundWork background) {
        this.archives = archives;
        this.background = background;
        this.language = Language.of(getLocale());
        addClassName("page");
        addClassName("archive-import");
        Paragraph intro = new Paragraph(getTranslation("archive.import.intro"));
        intro.addClassName("muted");
        city.setLabel(getTranslation("archive.import.city"));
        city.setHelperText(getTranslation("archive.import.city.help"));
        city.setItems(organisation.visibleCities().stream()
                .sorted(Comparator.comparing((CityRef view) -> view.name().in(language)))
                .toList());
        city.setItemLabelGenerator(view -> view.name().in(language) + " (" + view.communeCode() + ")");
        city.setClearButtonVisible(true);
        city.addClassName("archive-city");

        UI ui = UI.getCurrent();
        // The preview reads the city field, so it runs inside access, as the person who has the screen open.
        Upload upload = new Upload(UploadHandler.inMemory(
                (metadata, data) -> ui.access(() -> show(archives.preview(data, selectedCity())))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AssessmentArchive.MAX_BYTES);
        upload.setAcceptedFileTypes(".json", AssessmentArchive.JSON_TYPE);
        upload.addFileRejectedListener(rejected -> show(
                rejected.getFileName().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                        ? ArchivePreview.tooLarge()
                        : ArchivePreview.notJson()));
        upload.setI18n(UploadTexts.of(this, "archive"));
        upload.addClassName("archive-upload");

        preview.addClassName("archive-preview");
        confirm.setText(getTranslation("archive.import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("archive-confirm");
        confirm.setEnabled(false);
        confirm.addClickListener(click -> importArchive());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.addClassName("archive-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("archive.import.importing"));
        status.addClassName("archive-status");
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("archive.import.title")), intro, city, upload, preview, confirm, progress, status);
        addAttachListener(event -> event.getUI().getPushConfiguration().setPushMode(PushMode.AUTOMATIC));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.import.title");
    }

    private @Nullable Long selectedCity() {
        return city.getValue() == null ? null : city.getValue().id();
    }

    /** Lists what the archive holds and what refuses it; the confirmation waits for a clean preview. */
    void show(ArchivePreview result) {
        shown = result;
        preview.removeAll();
        status.setText("");
        Archive archive = result.archive();
        CityRef target = result.city();
        if (archive != null && target != null) {
            ArchivePreview.Counts counts = result.counts();
            Paragraph summary = new Paragraph(getTranslation(
                    "archive.import.counts",
                    Formats.isolate(archive.round().label()),
                    Formats.isolate(target.name().in(language)),
                    archive.round().frameworkVersion(),
                    counts.answers(),
                    counts.nationalAnswers(),
                    counts.threads(),
                    counts.messages(),
                    counts.actions(),
                    counts.notes(),
                    counts.history()));
            summary.addClassName("archive-counts");
            preview.add(summary);
        }
        if (!result.unknownPeople().isEmpty()) {
            Paragraph people = new Paragraph(getTranslation(
                    "archive.import.people",
                    String.join(
                            ", ",
                            result.unknownPeople().stream()
                                    .map(Formats::isolate)
                                    .toList())));
            people.addClassName("archive-people");
            preview.add(people);
        }
        if (!result.problems().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.addClassName("archive-problems");
            for (ArchivePreview.Problem problem : result.problems()) {
                String message = getTranslation(
                        problem.messageKey(),
                        problem.arguments().stream().map(Formats::isolate).toArray());
                problems.add(new ListItem(getTranslation("archive.import.problem", problem.path(), message)));
            }
            preview.add(problems, new Paragraph(getTranslation("workbook.nothing-applied")));
        }
        confirm.setEnabled(result.applicable());
    }

    /** Applies the shown preview in the background, the person's own rights checked by the services. */
    private void importArchive() {
        ArchivePreview toApply = shown;
        UI ui = getUI().orElse(null);
        if (toApply == null || !toApply.applicable() || ui == null) {
            return;
        }
        confirm.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("archive.import.importing"));
        background.run(
                () -> archives.apply(toApply),
                imported -> ui.access(() -> done(toApply, imported)),
                failure -> ui.access(this::failed));
    }

    private void done(ArchivePreview applied, long imported) {
        progress.setVisible(false);
        shown = null;
        preview.removeAll();
        Archive archive = applied.archive();
        CityRef target = applied.city();
        status.setText(getTranslation(
                "archive.import.done",
                archive == null ? "" : Formats.isolate(archive.round().label()),
                target == null ? "" : Formats.isolate(target.name().in(language))));
        // By address: the results screen is in workspace, which sits on top of this module.
        Anchor open = new Anchor("assessments/" + imported + "/results", getTranslation("archive.import.open"));
        open.addClassName("archive-open");
        preview.add(open);
    }

    private void failed() {
        progress.setVisible(false);
        status.setText(getTranslation("archive.import.failed"));
        confirm.setEnabled(shown != null && shown.applicable());
    }
}
