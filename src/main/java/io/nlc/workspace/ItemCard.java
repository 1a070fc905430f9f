package io.nlc.workspace;

import static io.nlc.kernel.Markup.escape;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.nlc.assessment.AnswerConflictException;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AnswerDraft.Sensitivity;
import io.nlc.assessment.AssessmentNotEditableException;
import io.nlc.assessment.Confidence;
import io.nlc.assessment.InvalidRoundInputException;
import io.nlc.assessment.SavedAnswer;
import io.nlc.base.Formats;
import io.nlc.content.Framework;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.kernel.ChoiceGroup;
import io.nlc.kernel.LoggedFailure;
import io.nlc.kernel.Markup;
import io.nlc.kernel.MarkupButton;
import io.nlc.kernel.NativeCheckbox;
import io.nlc.scoring.AnswerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One item of the questionnaire. Every change is saved at once; the card says whether it is saved, shows a
 * failed save and hands it to the view for retrying, and lets the user choose when someone else saved first.
 */
class ItemCard extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(ItemCard.class);

    /** Saves one answer (with the justification a changed carried-over level needs); the view binds it. */
    interface Saver {
        SavedAnswer save(String itemId, AnswerDraft draft, long expectedVersion, @Nullable String justification);
    }

    /** Confirms a carried-over answer unchanged and gives it back as saved; the view binds it. */
    interface Confirmer {
        SavedAnswer confirm(String itemId, long expectedVersion);
    }

    /** Told about every save, so the view can update progress and retry failures. */
    interface Listener {
        void saved(ItemCard card);

        void failed(ItemCard card);
    }

    private final Item item;
    private final Language language;
    private final Saver saver;
    private final Listener listener;
    private final ChoiceGroup<Choice> choice = new ChoiceGroup<>();
    private final TextArea comment = new TextArea();
    private final NativeCheckbox commentInternal = new NativeCheckbox();
    private final NativeCheckbox evidenceInternal = new NativeCheckbox();
    /** The evidence links as rows, built once there is a link: most cards have none. */
    private @Nullable Div links;

    /** Opens the form for a new link: most cards never need the form, so it is built on the first click. */
    private final MarkupButton addEvidence = new MarkupButton("");

    private @Nullable EvidenceForm evidenceForm;
    private final ChoiceGroup<Confidence> confidence = new ChoiceGroup<>();
    /** What a screen reader hears after each change: a live region that stays in place. */
    private final Markup status = new Markup("span", "save-status");
    /** Who saved last and when, and the link to the item's history: one element of markup. */
    private final Markup saveDetails = new Markup("span", "save-details");

    private final String historyLink;
    /** Built for an answer carried over from the last round: a first round has none. */
    private @Nullable Div carried;
    /** Built when a carried-over level is first changed: most cards never need it. */
    private @Nullable JustificationBox justificationBox;

    private final Confirmer confirmer;
    private SavedAnswer saved;
    private @Nullable AnswerDraft pending;
    private @Nullable String pendingJustification;
    /** A change of a carried-over level, held until its justification is given. */
    private @Nullable AnswerDraft held;

    private boolean readOnly;
    private boolean national;

    ItemCard(
            Item item,
            Framework framework,
            Language language,
            long assessmentId,
            SavedAnswer saved,
            boolean readOnly,
            Saver saver,
            Confirmer confirmer,
            Listener listener) {
        this.item = item;
        this.language = language;
        this.saver = saver;
        this.confirmer = confirmer;
        this.listener = listener;
        this.saved = saved;
        this.readOnly = readOnly;
        addClassName("item-card");
        setId("item-" + item.id());

        // What never changes on a card is markup: as components, the question, the guidance and the good-practice
        // line kept eight state nodes per card in the session.
        List<Integer> practices = framework.tracedGoodPractices(item);
        String goodPractices = practices.isEmpty()
                ? getTranslation("item.good-practices.unmapped")
                : getTranslation(
                        "item.good-practices",
                        String.join(
                                ", ", practices.stream().map(String::valueOf).toList()));
        // The guidance is the browser's own disclosure: it opens without a round trip.
        String help = "<details class=\"guidance disclosure\"><summary>" + escape(getTranslation("item.guidance"))
                + "</summary><p>" + escape(item.guidance().in(language)) + "</p></details><p class=\"good-practices\">"
                + escape(goodPractices) + "</p>";
        // One element for both, unless a carried-over answer's box must stand between them (carriedBox).
        List<Markup> head = saved.carryOver() == null
                ? List.of(new Markup("div", "item-head")
                        .setSharedHtml("<h3 class=\"item-question\">" + question(item, language)
                                + "</h3><div class=\"item-help\">" + help + "</div>"))
                : List.of(questionHeading(item, language), new Markup("div", "item-help").setSharedHtml(help));

        // Named after the item, so that the same item draws the same markup in every session (Markup.drawShared).
        choice.setName("level-" + item.id());
        choice.setLabel(getTranslation("item.choose-level"));
        // One rule for every item, so that a level with several statements is chosen the same way by everyone.
        choice.setHelperText(getTranslation("item.level-rule"));
        choice.setItems(Choice.values());
        choice.setOptionHtml(option -> optionLabel(option, framework));
        choice.addClassNames("level-choice", "vertical");
        // "Saved" is drawn next to the chosen level (styles.css), where the eye is after a click; the footer's
        // status stays the one a screen reader hears.
        choice.getStyle().set("--nlc-saved-label", cssString("✓ " + getTranslation("item.status.saved")));
        choice.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                change(draft -> event.getValue().applyTo(draft));
            }
        });

        comment.setLabel(getTranslation("item.note"));
        comment.setHelperText(getTranslation("item.note.help"));
        comment.setMaxLength(AnswerDraft.MAX_COMMENT);
        comment.setValueChangeMode(ValueChangeMode.LAZY);
        comment.setValueChangeTimeout(700);
        comment.getElement().setAttribute("dir", "auto");
        comment.addClassName("comment");
        comment.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                change(draft -> draft.withComment(event.getValue()));
            }
        });

        sensitivityBox(commentInternal, "item.sensitivity.comment", "comment-internal");
        commentInternal.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                change(draft -> draft.withCommentSensitivity(sensitivity(event.getValue())));
            }
        });

        addEvidence.setText(getTranslation("item.evidence.open"));
        addEvidence.addClassName("add-evidence");
        addEvidence.addClickListener(click -> evidenceForm().newLink.focus());
        sensitivityBox(evidenceInternal, "item.sensitivity.evidence", "evidence-internal");
        evidenceInternal.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                change(draft -> draft.withEvidenceSensitivity(sensitivity(event.getValue())));
            }
        });

        confidence.setName("confidence-" + item.id());
        confidence.setLabel(getTranslation("item.confidence"));
        confidence.setItems(Confidence.values());
        confidence.setOptionLabel(value -> getTranslation("confidence." + value.name()));
        confidence.addClassName("confidence-choice");
        confidence.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                change(draft -> draft.withConfidence(event.getValue()));
            }
        });

        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        historyLink = "<a class=\"item-history\" href=\""
                + escape("assessments/" + assessmentId + "/history?item=" + item.id()) + "\">"
                + escape(getTranslation("item.history")) + "</a>";

        // The evidence parts stand in the card itself, without a box of their own: one state node fewer per card.
        head.forEach(this::add);
        // The status and who saved last stand in the card itself, laid out as one line by the stylesheet.
        add(choice, comment, commentInternal, addEvidence, evidenceInternal, confidence, status, saveDetails);
        show(saved);
        setReadOnly(readOnly);
    }

    /** The item's heading, the id apart and the question at a readable size; the rating card shows the same. */
    static Markup questionHeading(Item item, Language language) {
        return new Markup("h3", "item-question").setSharedHtml(question(item, language));
    }

    private static String question(Item item, Language language) {
        return "<span>" + escape(item.id()) + "</span><span>"
                + escape(item.question().in(language)) + "</span>";
    }

    /**
     * One level's label as markup for the choice's single element rather than a tree of components: seven options
     * on every card on screen would otherwise cost dozens of nodes each in the session. The texts come from our own
     * content files and translations, and are escaped all the same.
     */
    private String optionLabel(Choice option, Framework framework) {
        Integer level = option.level();
        String name = level != null
                ? getTranslation("item.level", level) + " · "
                        + framework.levelName(level).in(language)
                : getTranslation("choice." + option.name() + (national ? ".national" : ""));
        return levelOptionHtml(name, level == null ? null : item.level(level).in(language));
    }

    /**
     * One option of a level choice: its name, then what the level means for the item when it is a level. Spans only,
     * so that it may stand inside a label.
     */
    static String levelOptionHtml(String name, @Nullable String descriptor) {
        return "<span class=\"level-option\"><span class=\"level-name\">" + escape(name) + "</span>"
                + (descriptor == null ? "" : "<span class=\"level-descriptor\">" + escape(descriptor) + "</span>")
                + "</span>";
    }

    /** The "internal" box of the note or the links, with the badge that shows the label while it is checked. */
    private void sensitivityBox(NativeCheckbox box, String labelKey, String className) {
        box.setLabel(getTranslation(labelKey));
        box.setCheckedBadge(getTranslation("item.sensitivity.internal"));
        box.addClassNames("sensitivity", className);
    }

    private static Sensitivity sensitivity(boolean internal) {
        return internal ? Sensitivity.INTERNAL : Sensitivity.SHAREABLE;
    }

    /** A CSS string literal, for text handed to a stylesheet through a custom property. */
    static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    /** A national focal point rates the commune from outside: "this commune", never "your" or "our". */
    void useNationalWording(Framework framework) {
        national = true;
        choice.setLabel(getTranslation("item.choose-level.national"));
        choice.setOptionHtml(option -> optionLabel(option, framework));
    }

    Item item() {
        return item;
    }

    SavedAnswer saved() {
        return saved;
    }

    boolean hasPendingSave() {
        return pending != null || held != null;
    }

    /** Carried over from the last round and not yet confirmed or changed. */
    boolean toConfirm() {
        return saved.toConfirm() && held == null;
    }

    /** Confirms the carried-over answer as it is. */
    void confirm() {
        if (readOnly) {
            return;
        }
        try {
            saved = confirmer.confirm(item.id(), saved.version());
            show(saved);
            listener.saved(this);
        } catch (AnswerConflictException e) {
            saved = e.current();
            show(saved);
            setStatus("item.status.conflict", "status-conflict");
        } catch (AssessmentNotEditableException e) {
            setReadOnly(true);
            setStatus("item.status.locked", "status-error");
        }
    }

    /** Answered for the filter: a level or "not applicable"; "don't know" still needs an answer. */
    boolean answered() {
        return counts(currentDraft());
    }

    static boolean counts(AnswerDraft draft) {
        return draft.state() == AnswerState.LEVEL || draft.state() == AnswerState.NOT_APPLICABLE;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        if (justificationBox != null) {
            justificationBox.setReadOnly(readOnly);
        }
        showCarriedOver(saved.carryOver());
        choice.setReadOnly(readOnly);
        comment.setReadOnly(readOnly);
        commentInternal.setReadOnly(readOnly);
        evidenceInternal.setReadOnly(readOnly);
        confidence.setReadOnly(readOnly);
        addEvidence.setVisible(!readOnly && evidenceForm == null);
        if (evidenceForm != null) {
            evidenceForm.setVisible(!readOnly);
        }
        renderLinks(currentDraft().evidence());
    }

    /** Tries a failed save again, from the version the user last had. */
    void retry() {
        AnswerDraft draft = pending;
        if (draft != null) {
            persist(draft, saved.version(), pendingJustification);
        }
    }

    private AnswerDraft currentDraft() {
        return held != null ? held : pending != null ? pending : saved.draft();
    }

    private void change(UnaryOperator<AnswerDraft> edit) {
        if (readOnly) {
            return;
        }
        AnswerDraft next = edit.apply(currentDraft());
        if (needsJustification(next)) {
            // Nothing is saved until the team says why the level moved away from last round's.
            held = next;
            justificationBox().setVisible(true);
            setStatus("item.status.needs-justification", "status-error");
            return;
        }
        held = null;
        hideJustification();
        persist(next, saved.version(), null);
    }

    /** The service's rule, checked here first so the field shows before anything is sent. */
    private boolean needsJustification(AnswerDraft next) {
        SavedAnswer.CarryOver from = saved.carryOver();
        AnswerDraft now = saved.draft();
        boolean levelChanged = now.state() != next.state() || !Objects.equals(now.level(), next.level());
        return from != null
                && levelChanged
                && (next.state() != from.state() || !Objects.equals(next.level(), from.level()));
    }

    private void saveHeld() {
        AnswerDraft draft = held;
        if (draft != null) {
            persist(draft, saved.version(), justificationBox().justification.getValue());
        }
    }

    private void persist(AnswerDraft draft, long expectedVersion, @Nullable String why) {
        clearErrors();
        try {
            saved = saver.save(item.id(), draft, expectedVersion, why);
            pending = null;
            pendingJustification = null;
            if (held != null) {
                held = null;
                justificationBox().justification.clear();
                hideJustification();
            }
            show(saved);
            listener.saved(this);
        } catch (InvalidRoundInputException e) {
            pending = null;
            showError(e);
            if (held == null) {
                show(saved);
            }
        } catch (AnswerConflictException e) {
            pending = null;
            new ConflictDialog(
                            item,
                            language,
                            draft,
                            e.current(),
                            theirs -> {
                                saved = theirs;
                                show(saved);
                                listener.saved(this);
                            },
                            () -> persist(draft, e.current().version(), why))
                    .open();
            setStatus("item.status.conflict", "status-conflict");
        } catch (AssessmentNotEditableException e) {
            pending = null;
            setReadOnly(true);
            setStatus("item.status.locked", "status-error");
        } catch (RuntimeException e) {
            // Database or network trouble: keep what the user entered and let the view retry it.
            // The exception's message may quote what was typed: not at WARN.
            LOG.warn("Saving answer {} failed, will retry", item.id(), LoggedFailure.of(e));
            LOG.debug("Saving answer {} failed", item.id(), e);
            pending = draft;
            pendingJustification = why;
            setStatus("item.status.failed", "status-error");
            listener.failed(this);
        }
    }

    private void show(SavedAnswer answer) {
        AnswerDraft draft = answer.draft();
        // Only when it differs: setting a radio group's value draws all its options again, on every save.
        if (choice.getValue() != Choice.of(draft)) {
            choice.setValue(Choice.of(draft));
        }
        if (!comment.getValue().equals(draft.comment())) {
            comment.setValue(draft.comment());
        }
        if (confidence.getValue() != draft.confidence()) {
            confidence.setValue(draft.confidence());
        }
        commentInternal.setValue(draft.commentSensitivity() == Sensitivity.INTERNAL);
        evidenceInternal.setValue(draft.evidenceSensitivity() == Sensitivity.INTERNAL);
        renderLinks(draft.evidence());
        if (answer.version() == SavedAnswer.NEW) {
            setStatus("item.status.unanswered", "status-none");
            saveDetails.setHtml(historyLink);
        } else {
            setStatus("item.status.saved", "status-saved");
            choice.addClassName("saved");
            saveDetails.setHtml("<span class=\"muted last-saved\">"
                    + escape(getTranslation(
                            "item.last-saved",
                            answer.updatedBy() == null ? "?" : Formats.isolate(answer.updatedBy()),
                            Formats.dateTime(answer.updatedAt(), language)))
                    + "</span>" + historyLink);
        }
        getElement().setAttribute("data-answered", String.valueOf(answered()));
        showCarriedOver(answer.carryOver());
    }

    /** Where a carried-over answer stands: to confirm (with the button), confirmed, or changed and why. */
    private void showCarriedOver(SavedAnswer.@Nullable CarryOver from) {
        if (from == null) {
            if (carried != null) {
                carried.removeAll();
                carried.setVisible(false);
            }
            return;
        }
        Div box = carriedBox();
        box.removeAll();
        box.setVisible(true);
        String previous = from.level() != null
                ? getTranslation("item.level", from.level())
                : getTranslation("choice." + from.state().name());
        if (from.toConfirm()) {
            Span badge = new Span(getTranslation("item.carried.to-confirm", previous));
            badge.addClassName("badge");
            badge.addClassName("to-confirm");
            box.add(badge);
            if (!readOnly) {
                Button confirm = new Button(getTranslation("item.carried.confirm"), click -> confirm());
                confirm.setIcon(VaadinIcon.CHECK.create());
                confirm.addClassName("confirm-carried");
                box.add(confirm);
            }
        } else if (from.justification() != null) {
            Paragraph why = new Paragraph(
                    getTranslation("item.carried.changed", previous, Formats.isolate(from.justification())));
            why.addClassName("carried-justification");
            box.add(why);
        } else {
            Span confirmed = new Span(getTranslation("item.carried.confirmed"));
            confirmed.addClassName("muted");
            box.add(confirmed);
        }
    }

    private void renderLinks(List<String> evidence) {
        if (links == null && evidence.isEmpty()) {
            return;
        }
        Div rows = linksBox();
        rows.removeAll();
        for (String url : evidence) {
            Anchor link = new Anchor(url, Formats.link(url), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.getElement().setAttribute("dir", "ltr");
            Div row = new Div(link);
            row.addClassName("evidence-link");
            if (!readOnly) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                    List<String> remaining = new ArrayList<>(currentDraft().evidence());
                    remaining.remove(url);
                    change(draft -> draft.withEvidence(remaining));
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(getTranslation("item.evidence.remove", Formats.isolate(Formats.link(url))));
                row.add(remove);
            }
            rows.add(row);
        }
    }

    private void showError(InvalidRoundInputException e) {
        String message = getTranslation(e.messageKey());
        switch (e.field()) {
            case "comment" -> {
                comment.setErrorMessage(message);
                comment.setInvalid(true);
            }
            case "evidence" -> {
                TextField newLink = evidenceForm().newLink;
                newLink.setErrorMessage(message);
                newLink.setInvalid(true);
            }
            case "justification" -> {
                TextArea justification = justificationBox().justification;
                justification.setErrorMessage(message);
                justification.setInvalid(true);
                justification.focus();
            }
            default -> {
                choice.setErrorMessage(message);
                choice.setInvalid(true);
            }
        }
        setStatus("item.status.invalid", "status-error");
    }

    private void clearErrors() {
        comment.setInvalid(false);
        if (evidenceForm != null) {
            evidenceForm.newLink.setInvalid(false);
        }
        choice.setInvalid(false);
        if (justificationBox != null) {
            justificationBox.justification.setInvalid(false);
        }
    }

    private void setStatus(String key, String className) {
        choice.removeClassName("saved");
        status.setText(getTranslation(key));
        status.setClassName("save-status " + className);
    }

    /** Right under the question, where the team looks first. */
    private Div carriedBox() {
        if (carried == null) {
            carried = new Div();
            carried.addClassName("carried-over");
            addComponentAtIndex(1, carried);
        }
        return carried;
    }

    /** Above the button that adds a link. */
    private Div linksBox() {
        if (links == null) {
            links = new Div();
            links.addClassName("evidence-links");
            addComponentAtIndex(indexOf(evidenceForm != null ? evidenceForm : addEvidence), links);
        }
        return links;
    }

    private JustificationBox justificationBox() {
        if (justificationBox == null) {
            justificationBox = new JustificationBox();
            justificationBox.setReadOnly(readOnly);
            addComponentAtIndex(indexOf(choice) + 1, justificationBox);
        }
        return justificationBox;
    }

    private EvidenceForm evidenceForm() {
        if (evidenceForm == null) {
            evidenceForm = new EvidenceForm();
            addComponentAtIndex(indexOf(addEvidence), evidenceForm);
            addEvidence.setVisible(false);
        }
        return evidenceForm;
    }

    private void hideJustification() {
        if (justificationBox != null) {
            justificationBox.setVisible(false);
        }
    }

    /** Why a carried-over level changed, and the button that saves the change with it. */
    private class JustificationBox extends Div {

        final TextArea justification = new TextArea();
        private final Button saveChange = new Button();

        JustificationBox() {
            justification.setLabel(getTranslation("item.justification"));
            justification.setHelperText(getTranslation("item.justification.help"));
            justification.setMaxLength(AnswerDraft.MAX_JUSTIFICATION);
            justification.setRequired(true);
            justification.getElement().setAttribute("dir", "auto");
            justification.addClassName("justification");
            saveChange.setText(getTranslation("item.justification.save"));
            saveChange.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveChange.addClassName("save-justified");
            saveChange.addClickListener(click -> saveHeld());
            addClassName("justification-box");
            add(justification, saveChange);
        }

        void setReadOnly(boolean readOnly) {
            justification.setReadOnly(readOnly);
            saveChange.setVisible(!readOnly);
        }
    }

    /** A new evidence link and the button that adds it; it stays open for the next link. */
    private class EvidenceForm extends Div {

        final TextField newLink = new TextField();

        EvidenceForm() {
            newLink.setLabel(getTranslation("item.evidence.add"));
            newLink.setPlaceholder("https://");
            newLink.setMaxLength(AnswerDraft.MAX_LINK);
            newLink.setHelperText(getTranslation("item.evidence.help"));
            // Only the address itself reads left to right; its label and hint keep the page's direction.
            newLink.addClassName("url-field");
            newLink.addKeyPressListener(Key.ENTER, press -> addLink());
            Button addLink = new Button(getTranslation("item.evidence.add-button"), click -> addLink());
            addLink.setIcon(VaadinIcon.LINK.create());
            addClassName("evidence-add");
            add(newLink, addLink);
        }

        private void addLink() {
            String url = AnswerDraft.completeWebLink(newLink.getValue());
            if (!AnswerDraft.isWebLink(url)) {
                newLink.setErrorMessage(getTranslation("answer.error.link"));
                newLink.setInvalid(true);
                return;
            }
            if (currentDraft().evidence().contains(url)) {
                newLink.clear();
                return;
            }
            List<String> withNew = new ArrayList<>(currentDraft().evidence());
            withNew.add(url);
            change(draft -> draft.withEvidence(withNew));
            if (!newLink.isInvalid()) {
                newLink.clear();
            }
        }
    }
}
