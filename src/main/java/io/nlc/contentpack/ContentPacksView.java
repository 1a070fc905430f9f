package io.nlc.contentpack;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.nlc.base.Formats;
import io.nlc.base.UploadTexts;
import io.nlc.content.ContentPackReader;
import io.nlc.content.ContentProblem;
import io.nlc.content.FrameworkDiff;
import io.nlc.content.Language;
import io.nlc.kernel.DataTable;
import io.nlc.kernel.PlainText;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Content packs for administrators: the installed framework versions (shipped or uploaded, the active one marked),
 * an upload of a new version as a zip, then either its problems (file, item, problem) or what it changes against
 * the active version, and its activation for new rounds after a confirmation that says what that means; and the
 * trail of who did what. {@link ContentPacks} refuses everyone else.
 */
@Route("content-packs")
@Menu(order = 4.6, title = "nav.content-packs", icon = "vaadin:package")
@RolesAllowed("ADMINISTRATOR")
class ContentPacksView extends Main implements HasDynamicTitle {

    private final ContentPacks packs;
    private final Language language;
    private final DataTable<ContentPacks.Installed> versions = new DataTable<>("content-packs-versions");
    private final Div result = new Div();
    private final DataTable<ContentPacks.TrailEntry> trail = new DataTable<>("content-packs-trail");
    private final H2 trailTitle = new H2();
    private final Upload upload;

    ContentPacksView(ContentPacks packs) {
        this.packs = packs;
        this.language = Language.of(getLocale());
        addClassName("page");
        addClassName("content-packs");

        Paragraph intro = new Paragraph(getTranslation("content-packs.intro"));
        intro.addClassName("muted");

        versions.column(getTranslation("content-packs.col.version"), pack -> String.valueOf(pack.version()), "number")
                .column(
                        getTranslation("content-packs.col.title"),
                        pack -> pack.title().in(language))
                .column(getTranslation("content-packs.col.source"), this::source)
                .column(getTranslation("content-packs.col.status"), this::status)
                .column(getTranslation("content-packs.col.actions"), this::actions);

        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            ContentPacks.Upload outcome = packs.upload(metadata.fileName(), data);
            ui.access(() -> show(outcome));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ContentPackReader.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setI18n(UploadTexts.of(this, "content-packs"));
        // The browser's own refusals (size, type) are said in the same place as the server's.
        upload.addFileRejectedListener(rejected -> showRefusal(
                ContentPacks.cleanName(rejected.getFileName()),
                List.of(new ContentProblem(
                        rejected.getFileName(),
                        null,
                        rejected.getFileName().toLowerCase(Locale.ROOT).endsWith(".zip")
                                ? "content-packs.refused.too-large"
                                : "content-packs.refused.not-zip",
                        String.valueOf(ContentPackReader.MAX_UPLOAD_BYTES / (1024 * 1024))))));
        upload.addClassName("content-pack-upload");
        Paragraph uploadHelp = new Paragraph(getTranslation(
                "content-packs.upload.help",
                ContentPackReader.MAX_UPLOAD_BYTES / (1024 * 1024),
                ContentPackReader.MAX_ENTRIES));
        uploadHelp.addClassName("muted");
        result.addClassName("content-pack-result");
        result.getElement().setAttribute("aria-live", "polite");

        trailTitle.setText(getTranslation("content-packs.trail.title"));
        trail.column(getTranslation("content-packs.trail.when"), entry -> Formats.dateTime(entry.at(), language))
                .column(
                        getTranslation("content-packs.trail.action"),
                        entry -> getTranslation(
                                "content-packs.trail." + entry.action().toLowerCase(Locale.ROOT)))
                .column(
                        getTranslation("content-packs.col.version"),
                        entry -> entry.version() == null ? "" : String.valueOf(entry.version()),
                        "number")
                .column(getTranslation("content-packs.trail.file"), entry -> ltr(entry.fileName()))
                .column(getTranslation("content-packs.trail.by"), entry -> PlainText.isolate(entry.by()));

        add(
                new H1(getTranslation("content-packs.title")),
                intro,
                new H2(getTranslation("content-packs.installed")),
                versions,
                new H2(getTranslation("content-packs.upload")),
                uploadHelp,
                upload,
                result,
                trailTitle,
                trail);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content-packs.title");
    }

    private Component source(ContentPacks.Installed pack) {
        if (pack.shipped()) {
            return new Span(getTranslation("content-packs.shipped"));
        }
        return new Span(getTranslation(
                "content-packs.uploaded",
                PlainText.isolate(Objects.requireNonNull(pack.fileName())),
                Formats.dateTime(Objects.requireNonNull(pack.uploadedAt()), language),
                PlainText.isolate(Objects.requireNonNull(pack.uploadedBy()))));
    }

    private Component status(ContentPacks.Installed pack) {
        Span status = new Span();
        status.addClassName("badge");
        if (pack.active()) {
            status.setText(getTranslation("content-packs.active"));
            status.addClassName("pack-active");
        } else if (pack.pending()) {
            status.setText(getTranslation("content-packs.pending"));
            status.addClassName("pack-pending");
        } else {
            status.setText(getTranslation("content-packs.earlier"));
        }
        if (pack.activatedAt() != null) {
            return new Div(
                    status,
                    new Div(getTranslation(
                            "content-packs.activated",
                            Formats.dateTime(pack.activatedAt(), language),
                            PlainText.isolate(Objects.requireNonNull(pack.activatedBy())))));
        }
        return status;
    }

    private Component actions(ContentPacks.Installed pack) {
        if (!pack.pending()) {
            return new Span();
        }
        Button changes = new Button(
                getTranslation("content-packs.show-changes"),
                click -> showDiff(pack.version(), packs.diff(pack.version()), packs.warnings(pack.version())));
        changes.addThemeVariants(ButtonVariant.LUMO_SMALL);
        changes.addClassName("show-changes");
        Button discard = new Button(getTranslation("content-packs.discard"), click -> confirmDiscard(pack.version()));
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        discard.addClassName("discard-pack");
        Div actions = new Div(changes, discard);
        actions.addClassName("pack-actions");
        return actions;
    }

    private void show(ContentPacks.Upload outcome) {
        switch (outcome) {
            case ContentPacks.Upload.Refused refused -> showRefusal(refused.fileName(), refused.problems());
            case ContentPacks.Upload.Kept kept -> showDiff(kept.pack().version(), kept.diff(), kept.warnings());
        }
        refresh();
    }

    private void showRefusal(String fileName, List<ContentProblem> problems) {
        clear();
        result.getElement().setAttribute("data-outcome", "refused");
        H2 title = new H2(getTranslation("content-packs.refused.title", PlainText.isolate(fileName), problems.size()));
        title.addClassName("refused-title");
        Paragraph nothing = new Paragraph(getTranslation("content-packs.refused.nothing-kept"));
        nothing.addClassName("muted");
        result.add(title, nothing, problemTable("content-pack-problems", problems));
    }

    private DataTable<ContentProblem> problemTable(String className, List<ContentProblem> problems) {
        DataTable<ContentProblem> table = new DataTable<>(className);
        table.column(getTranslation("content-packs.problem.file"), problem -> ltr(problem.file()))
                .column(
                        getTranslation("content-packs.problem.item"),
                        problem -> problem.itemId() == null ? "" : ltr(problem.itemId()))
                .column(getTranslation("content-packs.problem.problem"), this::message);
        table.setItems(problems);
        return table;
    }

    /** In the user's language; file names, fields, ids and quoted forms keep their own direction inside it. */
    private String message(ContentProblem problem) {
        return getTranslation(
                problem.key(),
                problem.arguments().stream().map(PlainText::isolate).toArray());
    }

    private void showDiff(int version, FrameworkDiff diff, List<ContentProblem> warnings) {
        clear();
        result.getElement().setAttribute("data-outcome", "kept");
        H2 title = new H2(getTranslation("content-packs.diff.title", version, diff.fromVersion()));
        title.addClassName("diff-title");
        result.add(title);
        if (!warnings.isEmpty()) {
            // Set apart from the refusals' table: a warning leaves the pack kept and its activation allowed.
            Div box = new Div(
                    new H3(getTranslation("content-packs.warnings.title", warnings.size())),
                    new Paragraph(getTranslation("content-packs.warnings.help")),
                    problemTable("content-pack-warnings", warnings));
            box.addClassName("pack-warnings");
            box.getElement().setAttribute("role", "note");
            result.add(box);
        }
        if (diff.unchanged()) {
            result.add(new Paragraph(getTranslation("content-packs.diff.unchanged")));
        }
        if (!diff.framework().isEmpty()) {
            result.add(new Paragraph(getTranslation(
                    "content-packs.diff.framework",
                    diff.framework().stream().map(this::field).collect(Collectors.joining(", ")))));
        }
        changes(diff.themes(), "content-packs.diff.themes", "diff-themes");
        changes(diff.items(), "content-packs.diff.items", "diff-items");
        changes(diff.actions(), "content-packs.diff.actions", "diff-actions");
        if (!diff.translations().isEmpty()) {
            result.add(new H3(getTranslation(
                    "content-packs.diff.translations", diff.translations().size())));
            DataTable<FrameworkDiff.Translation> table = new DataTable<>("diff-translations");
            table.column(
                            getTranslation("content-packs.diff.where"),
                            gap -> gap.id() == null ? getTranslation("content-packs.diff.version") : ltr(gap.id()))
                    .column(getTranslation("content-packs.diff.text"), gap -> field(gap.field()))
                    .column(
                            getTranslation("content-packs.diff.language"),
                            gap -> getTranslation("language." + gap.language().code()))
                    .column(
                            getTranslation("content-packs.diff.gap"),
                            gap -> getTranslation("content-packs.gap." + key(gap.gap())));
            table.setItems(diff.translations());
            result.add(table);
        }
        Button activate = new Button(
                getTranslation("content-packs.activate"), click -> confirmActivate(version, warnings.size()));
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        activate.addClassName("activate-pack");
        result.add(new Div(activate));
    }

    /** Empties the result, and the upload field so that the next pack can be chosen; the result comes into view. */
    private void clear() {
        result.removeAll();
        upload.clearFileList();
        result.scrollIntoView();
    }

    private void changes(List<FrameworkDiff.Change> changes, String titleKey, String className) {
        if (changes.isEmpty()) {
            return;
        }
        long added = changes.stream()
                .filter(c -> c.kind() == FrameworkDiff.Kind.ADDED)
                .count();
        long removed = changes.stream()
                .filter(c -> c.kind() == FrameworkDiff.Kind.REMOVED)
                .count();
        result.add(new H3(getTranslation(titleKey, added, removed, changes.size() - added - removed)));
        DataTable<FrameworkDiff.Change> table = new DataTable<>(className);
        table.column(getTranslation("content-packs.diff.id"), change -> ltr(change.id()))
                .column(
                        getTranslation("content-packs.diff.change"),
                        change -> getTranslation("content-packs.kind." + key(change.kind())))
                .column(
                        getTranslation("content-packs.diff.fields"),
                        change -> change.fields().isEmpty()
                                ? "—"
                                : change.fields().stream().map(this::field).collect(Collectors.joining(", ")));
        table.setItems(changes);
        result.add(table);
    }

    private String field(FrameworkDiff.Field field) {
        return getTranslation("content-packs.field." + key(field));
    }

    /** The end of a translation key for an enum constant: NOT_UPDATED is not-updated. */
    private static String key(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Asks first, saying what activation does and that it cannot be undone; nothing happens on cancel. */
    private void confirmActivate(int version, int warnings) {
        Dialog dialog = new Dialog();
        dialog.addClassName("confirm-dialog");
        dialog.addClassName("activate-dialog");
        dialog.setHeaderTitle(getTranslation("content-packs.activate.title", version));
        dialog.add(
                new Paragraph(getTranslation("content-packs.activate.new", version)),
                new Paragraph(getTranslation("content-packs.activate.running")),
                new Paragraph(getTranslation("content-packs.activate.final")));
        if (warnings > 0) {
            Paragraph warned = new Paragraph(getTranslation("content-packs.activate.warnings", warnings));
            warned.addClassName("activate-warnings");
            dialog.add(warned);
        }
        Button yes = new Button(getTranslation("content-packs.activate.confirm", version), click -> {
            dialog.close();
            try {
                packs.activate(version);
                Notification.show(
                                getTranslation("content-packs.activate.done", version),
                                5000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                result.removeAll();
            } catch (IllegalStateException | java.util.NoSuchElementException stale) {
                // Another administrator activated or discarded in the meantime.
                Notification.show(getTranslation("content-packs.stale"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("confirm-action");
        Button no = new Button(getTranslation("action.cancel"), click -> dialog.close());
        no.addClassName("cancel-action");
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void confirmDiscard(int version) {
        Dialog dialog = new Dialog();
        dialog.addClassName("confirm-dialog");
        dialog.setHeaderTitle(getTranslation("content-packs.discard.title", version));
        dialog.add(new Paragraph(getTranslation("content-packs.discard.message", version)));
        Button yes = new Button(getTranslation("content-packs.discard"), click -> {
            dialog.close();
            try {
                packs.discard(version);
                result.removeAll();
            } catch (IllegalStateException | java.util.NoSuchElementException stale) {
                Notification.show(getTranslation("content-packs.stale"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.addClassName("confirm-action");
        Button no = new Button(getTranslation("action.cancel"), click -> dialog.close());
        no.addClassName("cancel-action");
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    /** File names and ids read left to right inside Arabic text. */
    private static Span ltr(String text) {
        Span span = new Span(text);
        span.getElement().setAttribute("dir", "ltr");
        return span;
    }

    private void refresh() {
        versions.setItems(packs.installed());
        List<ContentPacks.TrailEntry> entries = packs.trail();
        trail.setItems(entries);
        trail.setVisible(!entries.isEmpty());
        trailTitle.setVisible(!entries.isEmpty());
    }
}
