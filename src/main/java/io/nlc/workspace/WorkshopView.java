package io.nlc.workspace;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.communication.PushMode;
import io.nlc.assessment.AnswerConflictException;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentNotFoundException;
import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.SavedAnswer;
import io.nlc.base.Confirmations;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.kernel.InvalidInputException;
import io.nlc.workshop.Raters;
import io.nlc.workshop.Tally;
import io.nlc.workshop.WorkshopSession;
import io.nlc.workshop.Workshops;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Workshop mode on a projector, for the round's coordinator: one question per screen in large type with its level
 * descriptors, the join code, and the live tally of the participants' ratings, redrawn through server push whenever
 * one of them rates. Driven from the keyboard: arrows (in reading direction, so mirrored in Arabic) and Page Up/Down
 * (what presentation clickers send) move between questions; 0 to 4, N and D record the agreed level, "not applicable"
 * or "don't know" with the reason typed in the note-taker field, through {@link Raters#agree}.
 */
@Route("assessments/:id(\\d{1,18})/workshop")
@RolesAllowed("CITY_COORDINATOR")
class WorkshopView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The per-question timer's length: long enough to rate from a phone, short enough to keep a room moving. */
    static final int TIMER_MINUTES = 3;

    private final AssessmentService assessments;
    private final Workshops workshops;
    private final Raters raters;
    private final Div stage = new Div();
    private final TextArea note = new TextArea();
    private final Paragraph agreeError = new Paragraph();
    private final Div tallyBox = new Div();
    private long assessmentId;
    private String title = "";
    private Map<String, Item> items = Map.of();
    private @Nullable WorkshopSession session;
    private @Nullable Runnable unsubscribe;
    /** Scheme, host and context path the projector reached the app with. */
    private String origin = "";

    WorkshopView(AssessmentService assessments, Workshops workshops, Raters raters) {
        this.assessments = assessments;
        this.workshops = workshops;
        this.raters = raters;
        addClassName("page");
        addClassName("workshop-page");
        stage.addClassName("workshop-stage");
        tallyBox.addClassName("workshop-tally");
        tallyBox.getElement().setAttribute("aria-live", "polite");
        note.setWidthFull();
        note.setMaxLength(2000);
        note.getElement().setAttribute("dir", "auto");
        note.addClassName("workshop-note");
        // Keys typed into the note are text, not commands: they never reach the page's shortcuts.
        note.getElement().addEventListener("keydown", event -> {}).setFilter("(event.stopPropagation(), false)");
        agreeError.addClassName("field-error");
        agreeError.addClassName("agree-error");
        agreeError.getElement().setAttribute("role", "alert");
        boolean rtl = Languages.current().rightToLeft();
        Shortcuts.addShortcutListener(this, () -> moveBy(1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> moveBy(-1), Key.PAGE_UP);
        Shortcuts.addShortcutListener(this, () -> moveBy(rtl ? -1 : 1), Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, () -> moveBy(rtl ? 1 : -1), Key.ARROW_LEFT);
        List<Key> digits = List.of(Key.DIGIT_0, Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4);
        List<Key> numpad = List.of(Key.NUMPAD_0, Key.NUMPAD_1, Key.NUMPAD_2, Key.NUMPAD_3, Key.NUMPAD_4);
        for (int level = 0; level <= Item.MAX_LEVEL; level++) {
            Choice choice = Choice.values()[level];
            Shortcuts.addShortcutListener(this, () -> agree(choice), digits.get(level));
            Shortcuts.addShortcutListener(this, () -> agree(choice), numpad.get(level));
        }
        Shortcuts.addShortcutListener(this, () -> agree(Choice.NOT_APPLICABLE), Key.KEY_N);
        Shortcuts.addShortcutListener(this, () -> agree(Choice.DONT_KNOW), Key.KEY_D);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assessmentId = event.getRouteParameters().getLong("id").orElseThrow(() -> new AssessmentNotFoundException(-1));
        AssessmentOverview overview = assessments.overview(assessmentId);
        if (!overview.canCoordinate()) {
            // Another round's coordinator, or a round that is not theirs: the same page as an unknown id.
            throw new AssessmentNotFoundException(assessmentId);
        }
        Language language = Languages.current();
        title = getTranslation("workshop.title") + " — "
                + Formats.isolate(overview.city().name().in(language)) + " — " + Formats.isolate(overview.roundLabel());
        List<Theme> themes = assessments.themesInScope(assessmentId);
        Map<String, Item> byId = new HashMap<>();
        themes.forEach(theme -> theme.items().forEach(item -> byId.put(item.id(), item)));
        items = byId;
        session = workshops.current(assessmentId).orElse(null);
        getUI().ifPresent(this::follow);
        removeAll();
        add(new H1(title));
        if (session == null) {
            add(startForm(themes, language));
        } else {
            add(stage);
            draw();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        follow(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopFollowing();
    }

    /** Listens to the round's workshop changes; again when the view is reused for another round. */
    private void follow(UI ui) {
        stopFollowing();
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            // Behind a proxy, Spring's forwarded-header handling gives the public host and scheme.
            origin = ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                    .toUriString();
        }
        // Push only where it is needed: the rest of the app keeps plain requests.
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        // Vaadin runs the redraw as the person signed in on this screen's session, whoever's thread brings it.
        unsubscribe = workshops.subscribe(assessmentId, () -> ui.access(this::redraw));
    }

    private void stopFollowing() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private Section startForm(List<Theme> themes, Language language) {
        Section form = new Section(new H2(getTranslation("workshop.start.title")));
        form.addClassName("item-card");
        form.addClassName("workshop-start");
        MultiSelectComboBox<String> what = RaterPanelView.themesAndItems(themes, language);
        Button start = new Button(getTranslation("workshop.start.action"), click -> {
            what.setInvalid(false);
            try {
                session = workshops.start(assessmentId, what.getSelectedItems());
                form.removeFromParent();
                add(stage);
                draw();
            } catch (InvalidInputException refused) {
                what.setErrorMessage(getTranslation(refused.messageKey()));
                what.setInvalid(true);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("start-workshop");
        form.add(new Paragraph(getTranslation("workshop.start.hint")), what, start);
        return form;
    }

    /** Reads the session again (a participant or another window may have moved it) and redraws. */
    private void redraw() {
        if (session == null) {
            return;
        }
        Optional<WorkshopSession> now = workshops.current(assessmentId);
        if (now.isEmpty() || now.get().id() != session.id()) {
            session = null;
            removeAll();
            add(new H1(title), new Paragraph(getTranslation("workshop.ended")));
            return;
        }
        boolean moved = now.get().currentIndex() != session.currentIndex();
        session = now.get();
        if (moved) {
            draw();
        } else {
            drawTally();
        }
    }

    private void draw() {
        WorkshopSession current = session;
        if (current == null) {
            return;
        }
        stage.removeAll();
        Language language = Languages.current();
        Item item = items.get(current.currentItemId());
        Div join = new Div(new Span(getTranslation("workshop.join-at", joinAddress())), codeSpan(current.code()));
        join.addClassName("workshop-join");
        Paragraph position = new Paragraph(getTranslation(
                "workshop.position",
                current.currentIndex() + 1,
                current.itemIds().size()));
        position.addClassName("workshop-position");
        H2 question = new H2(Formats.isolate(current.currentItemId()) + " · "
                + (item == null ? "" : item.question().in(language)));
        question.addClassName("workshop-question");
        Div levels = new Div();
        levels.addClassName("workshop-levels");
        if (item != null) {
            for (int level = 0; level <= Item.MAX_LEVEL; level++) {
                Div line = new Div(
                        new Span(String.valueOf(level)),
                        new Span(item.level(level).in(language)));
                line.addClassName("workshop-level");
                levels.add(line);
            }
        }
        note.setLabel(getTranslation("workshop.note"));
        note.setHelperText(getTranslation("workshop.note.hint"));
        note.clear();
        note.setInvalid(false);
        agreeError.setText("");
        Div choices = new Div();
        choices.addClassName("workshop-choices");
        for (Choice choice : Choice.values()) {
            Button button = new Button(choiceLabel(choice), click -> agree(choice));
            button.addClassName("agree-" + choice.name().toLowerCase(java.util.Locale.ROOT));
            choices.add(button);
        }
        Button previous = new Button(getTranslation("workshop.previous"), click -> moveBy(-1));
        previous.addClassName("workshop-previous");
        Button next = new Button(getTranslation("workshop.next"), click -> moveBy(1));
        next.addClassName("workshop-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span clock = new Span();
        clock.addClassName("workshop-timer");
        clock.getElement().setAttribute("aria-label", getTranslation("workshop.timer"));
        Button timer = new Button(
                getTranslation("workshop.timer.start", TIMER_MINUTES), click -> startTimer(clock, TIMER_MINUTES * 60));
        timer.addClassName("workshop-timer-start");
        timer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button end = new Button(getTranslation("workshop.end"), click -> {
            workshops.end(current.id());
            session = null;
            removeAll();
            add(new H1(title), new Paragraph(getTranslation("workshop.ended")));
        });
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        end.addClassName("workshop-end");
        Div nav = new Div(previous, next, timer, clock, end);
        nav.addClassName("workshop-nav");
        Paragraph keys = new Paragraph(getTranslation("workshop.keys"));
        keys.addClassName("muted");
        stage.add(join, position, question, levels, tallyBox, note, choices, agreeError, nav, keys);
        drawTally();
    }

    private void drawTally() {
        WorkshopSession current = session;
        if (current == null) {
            return;
        }
        tallyBox.removeAll();
        tallyBox.add(new H2(getTranslation("workshop.tally")));
        Tally tally;
        try {
            tally = workshops.tally(current.id());
        } catch (InvalidInputException refused) {
            tallyBox.add(new Paragraph(getTranslation(refused.messageKey())));
            return;
        }
        Paragraph rated = new Paragraph(getTranslation("workshop.tally.rated", tally.rated(), tally.panel()));
        rated.addClassName("tally-rated");
        tallyBox.add(rated);
        if (tally.rated() == 0) {
            tallyBox.add(new Paragraph(getTranslation("workshop.tally.none")));
            return;
        }
        int most = Math.max(
                1, tally.perLevel().stream().mapToInt(Integer::intValue).max().orElse(1));
        Div bars = new Div();
        bars.addClassName("tally-bars");
        for (int level = 0; level <= Item.MAX_LEVEL; level++) {
            int count = tally.perLevel().get(level);
            Span bar = new Span();
            bar.addClassName("tally-bar");
            bar.getStyle().set("inline-size", (count * 100 / most) + "%");
            Div row = new Div(new Span(getTranslation("item.level", level)), bar, new Span(String.valueOf(count)));
            row.addClassName("tally-row");
            bars.add(row);
        }
        tallyBox.add(bars);
        Paragraph figures = new Paragraph((tally.median() == null
                        ? ""
                        : getTranslation("workshop.tally.median", Formats.level(tally.median(), Languages.current()))
                                + " · ")
                + getTranslation(SpreadPanel.neutralChoiceKey("NOT_APPLICABLE")) + ": " + tally.notApplicable() + " · "
                + getTranslation(SpreadPanel.neutralChoiceKey("DONT_KNOW")) + ": " + tally.dontKnow());
        figures.addClassName("tally-figures");
        tallyBox.add(figures);
    }

    private void moveBy(int step) {
        WorkshopSession current = session;
        if (current == null) {
            return;
        }
        session = workshops.move(current.id(), current.currentIndex() + step);
        if (session.currentIndex() != current.currentIndex()) {
            draw();
        }
    }

    /** Records the agreed level of the question on the screen with the note as its reason. */
    private void agree(Choice choice) {
        WorkshopSession current = session;
        if (current == null) {
            return;
        }
        note.setInvalid(false);
        agreeError.setText("");
        String itemId = current.currentItemId();
        SavedAnswer answer = assessments.answers(assessmentId).get(itemId);
        AnswerDraft draft = answer == null ? AnswerDraft.empty() : answer.draft();
        try {
            raters.agree(
                    assessmentId,
                    itemId,
                    choice.applyTo(draft),
                    answer == null ? SavedAnswer.NEW : answer.version(),
                    note.getValue());
            Confirmations.show("agreed-level", getTranslation("workshop.agreed.done", itemId, choiceLabel(choice)));
        } catch (InvalidInputException refused) {
            if (refused.field().equals("reason")) {
                note.setErrorMessage(getTranslation(refused.messageKey()));
                note.setInvalid(true);
            } else {
                agreeError.setText(getTranslation(refused.messageKey()));
            }
        } catch (AnswerConflictException conflict) {
            agreeError.setText(getTranslation("raters.agree.conflict"));
        }
    }

    private String choiceLabel(Choice choice) {
        return choice.level() != null
                ? getTranslation("item.level", choice.level())
                : getTranslation(SpreadPanel.neutralChoiceKey(choice.name()));
    }

    private Span codeSpan(String code) {
        Span span = new Span(code.substring(0, 3) + " " + code.substring(3));
        span.addClassName("workshop-code");
        span.getElement().setAttribute("dir", "ltr");
        return span;
    }

    /** The whole address, as the projector's browser reached the app: participants type it on their phones. */
    private String joinAddress() {
        String path = RouteConfiguration.forSessionScope().getUrl(WorkshopJoinView.class);
        return origin + "/" + path;
    }

    /** A countdown drawn by the browser: a second-by-second redraw is not worth a server round trip. */
    private static void startTimer(Span clock, int seconds) {
        clock.getElement()
                .executeJs(
                        "const el = this; clearInterval(el.nlcTimer); let left = $0;"
                                + " const tick = () => { el.textContent = Math.floor(left / 60) + ':'"
                                + " + String(left % 60).padStart(2, '0');"
                                + " el.classList.toggle('timer-done', left <= 0);"
                                + " if (left-- <= 0) { clearInterval(el.nlcTimer); } };"
                                + " tick(); el.nlcTimer = setInterval(tick, 1000);",
                        seconds);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
