package io.nlc.workspace;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AnswerDraft.Sensitivity;
import io.nlc.assessment.AssessmentNotFoundException;
import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentService;
import io.nlc.audit.ActionEntry;
import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditKind;
import io.nlc.audit.AuditRecord;
import io.nlc.audit.AuditTrail;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.kernel.DataTable;
import io.nlc.scoring.AnswerState;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Every recorded change of an assessment, newest first, filterable by person, item and dates. */
// Up to 18 digits always fits a long; a longer or malformed id is an unknown address (not-found page).
@Route("assessments/:id(\\d{1,18})/history")
@PermitAll
class HistoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The note of an answer entry that settled a carried-over answer (written by the audit module). */
    static final String CARRIED_OVER = "CARRIED_OVER";

    private static final long EVERYONE = -1;
    /** Saves of one answer by one person this close together are one change in the history. */
    static final Duration BURST = Duration.ofMinutes(10);

    private final AuditTrail audit;
    private final AssessmentService assessments;
    private final Select<Long> person = new Select<>();
    private final ComboBox<String> item = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private DataTable<Entry> grid = new DataTable<>("history-table");
    private final Paragraph empty = new Paragraph();
    private long assessmentId;
    private String title = "";
    private Set<String> themeIds = Set.of();

    HistoryView(AuditTrail audit, AssessmentService assessments) {
        this.audit = audit;
        this.assessments = assessments;
        addClassName("page");
        addClassName("history");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assessmentId = event.getRouteParameters().getLong("id").orElseThrow(() -> new AssessmentNotFoundException(-1));
        Language language = Languages.current();
        AssessmentOverview overview = assessments.overview(assessmentId);
        title = getTranslation("history.title") + " — "
                + Formats.isolate(overview.city().name().in(language)) + " — " + Formats.isolate(overview.roundLabel());
        removeAll();
        Anchor back = new Anchor("assessments/" + assessmentId, getTranslation("results.back"));
        back.addClassName("back-link");
        add(new H1(title), back);

        Map<Long, String> actors = audit.actors(assessmentId);
        List<Long> people = new ArrayList<>();
        people.add(EVERYONE);
        people.addAll(actors.keySet());
        person.setLabel(getTranslation("history.person"));
        person.setItems(people);
        person.setItemLabelGenerator(id -> id == EVERYONE ? getTranslation("history.everyone") : actors.get(id));
        person.setValue(EVERYONE);

        List<Theme> themes = assessments.themesInScope(assessmentId);
        List<String> itemsAndThemes = new ArrayList<>(themes.stream()
                .flatMap(theme -> theme.items().stream().map(i -> i.id()))
                .toList());
        themes.stream().map(Theme::id).forEach(itemsAndThemes::add);
        themeIds = themes.stream().map(Theme::id).collect(Collectors.toSet());
        item.setLabel(getTranslation("history.item"));
        item.setPlaceholder(getTranslation("history.item.all"));
        item.setItems(itemsAndThemes);
        item.setClearButtonVisible(true);
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("item")
                .filter(itemsAndThemes::contains)
                .ifPresent(item::setValue);
        from.setLabel(getTranslation("history.from"));
        to.setLabel(getTranslation("history.to"));
        from.setPlaceholder(getTranslation("history.date.any"));
        to.setPlaceholder(getTranslation("history.date.any"));
        from.setLocale(language.locale());
        to.setLocale(language.locale());
        Div filters = new Div(person, item, from, to);
        filters.addClassName("filters");
        person.addValueChangeListener(change -> refresh());
        item.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());

        grid = new DataTable<>("history-table");
        // Short columns wrap between words only, so the long change column cannot squeeze them mid-word.
        grid.column(
                        getTranslation("history.col.when"),
                        entry -> Formats.dateTime(entry.last().at(), language),
                        "words")
                .column(
                        getTranslation("history.col.who"),
                        entry -> Formats.isolate(entry.last().actor()),
                        "words")
                .column(
                        getTranslation("history.col.what"),
                        entry -> entry.last().kind() == AuditKind.ACTION
                                ? getTranslation("history.kind.ACTION")
                                : entry.last().itemId() == null
                                        ? getTranslation("history.kind.STATUS")
                                        : entry.last().itemId(),
                        "words")
                .column(getTranslation("history.col.change"), entry -> change(entry, language))
                .column(getTranslation("history.col.note"), entry -> {
                    AuditRecord record = entry.last();
                    if (record.kind() == AuditKind.ACTION) {
                        ActionEntry action = record.action();
                        return action == null || action.reason() == null ? "" : Formats.isolate(action.reason());
                    }
                    return record.note() == null || record.kind() == AuditKind.COMMENT
                            ? ""
                            : record.kind() == AuditKind.STATUS && AuditTrail.IMPORTED.equals(record.note())
                                    ? getTranslation("history.imported")
                                    : record.kind() == AuditKind.ANSWER
                                            ? getTranslation("history.perspective." + record.note())
                                            : Formats.isolate(record.note());
                });
        empty.setText(getTranslation("history.empty"));
        empty.addClassName("muted");
        add(filters, grid, empty);
        refresh();
    }

    private void refresh() {
        Long actor = person.getValue() == null || person.getValue() == EVERYONE ? null : person.getValue();
        List<AuditRecord> records =
                audit.entries(assessmentId, new AuditFilter(actor, item.getValue(), from.getValue(), to.getValue()));
        grid.setItems(merge(records));
        empty.setVisible(records.isEmpty());
    }

    /**
     * One line of the history: a change, or a burst of saves of one answer by one person (autosave writes one entry
     * per click or pause in typing), shown as a single change from before the first to after the last.
     */
    record Entry(AuditRecord last, @Nullable AnswerDraft before, int saves, Instant earliest) {

        /** The same burst, reaching back to an earlier save. */
        Entry extendedTo(AuditRecord earlier) {
            return new Entry(last, earlier.oldAnswer(), saves + 1, earlier.at());
        }
    }

    /** Merges each person's consecutive saves of the same answer within {@link #BURST} of each other. */
    static List<Entry> merge(List<AuditRecord> newestFirst) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> openBursts = new HashMap<>();
        for (AuditRecord record : newestFirst) {
            if (record.kind() != AuditKind.ANSWER || record.itemId() == null) {
                entries.add(new Entry(record, null, 1, record.at()));
                continue;
            }
            String key = record.itemId() + "|" + record.note();
            Integer open = openBursts.get(key);
            if (open != null) {
                Entry burst = entries.get(open);
                if (burst.last().actorId() == record.actorId()
                        && Duration.between(record.at(), burst.earliest()).compareTo(BURST) <= 0) {
                    entries.set(open, burst.extendedTo(record));
                    continue;
                }
            }
            openBursts.put(key, entries.size());
            entries.add(new Entry(record, record.oldAnswer(), 1, record.at()));
        }
        return entries;
    }

    private String change(Entry entry, Language language) {
        AuditRecord record = entry.last();
        return switch (record.kind()) {
            case ANSWER ->
                CARRIED_OVER.equals(record.note())
                        ? carriedOverChange(record)
                        : answerChange(entry.before(), record.newAnswer())
                                + (entry.saves() > 1
                                        ? " (" + getTranslation("history.change.saves", entry.saves()) + ")"
                                        : "");
            case TARGET -> getTranslation("history.target", record.oldTarget(), record.newTarget());
            case COMMENT ->
                record.commentText() == null
                        ? getTranslation("history.comment." + record.note())
                        : getTranslation(
                                "history.comment.quoted",
                                getTranslation("history.comment." + record.note()),
                                Formats.isolate(record.commentText()));
            case ASSIGNMENT ->
                getTranslation(
                        "history.assignment",
                        assignee(record.oldAssignee(), record.itemId())
                                + arrow()
                                + assignee(record.newAssignee(), record.itemId()));
            case ACTION -> actionChange(record);
            case STATUS ->
                (record.oldStatus() == null
                                ? ""
                                : getTranslation("status." + record.oldStatus().name()) + arrow())
                        + getTranslation("status." + record.newStatus().name());
        };
    }

    /**
     * A carried-over answer settled: confirmed as it was, changed for the reason given, or put back to the level
     * carried over.
     */
    private String carriedOverChange(AuditRecord record) {
        if (record.justification() != null) {
            // A note that only repeats the reason is said once, as the reason.
            return getTranslation(
                    "history.carried.changed",
                    answerChange(record.oldAnswer(), record.newAnswer(), record.justification()),
                    Formats.isolate(record.justification()));
        }
        if (java.util.Objects.equals(record.oldAnswer(), record.newAnswer())) {
            return getTranslation("history.carried.confirmed", state(record.newAnswer()));
        }
        return getTranslation("history.carried.back", answerChange(record.oldAnswer(), record.newAnswer()));
    }

    /** A change of a plan action: its title, then what happened to it. */
    private String actionChange(AuditRecord record) {
        ActionEntry action = record.action();
        if (action == null) {
            return "";
        }
        String title = "“" + Formats.isolate(action.title()) + "”";
        return switch (String.valueOf(record.note())) {
            case "CREATED" -> getTranslation("history.action.CREATED", title);
            case "EDITED" -> getTranslation("history.action.EDITED", title);
            case "STATUS" ->
                getTranslation(
                        "history.action.STATUS",
                        title,
                        getTranslation("plan.status." + action.before())
                                + arrow()
                                + getTranslation("plan.status." + action.after()));
            default -> getTranslation("history.action.NOTE", title, Formats.isolate(String.valueOf(action.after())));
        };
    }

    /** Who answers an item or theme; nobody in particular, or for an item whoever answers its theme. */
    private String assignee(@Nullable String name, @Nullable String targetId) {
        if (name != null) {
            return Formats.isolate(name);
        }
        return getTranslation(themeIds.contains(targetId) ? "assignment.nobody" : "assignment.as-theme");
    }

    /** Points from the old value to the new one in the reading direction of the language. */
    private String arrow() {
        return " " + getTranslation("history.arrow") + " ";
    }

    /** Only what changed between two versions of an answer: the level, the note, each link, the confidence. */
    private String answerChange(@Nullable AnswerDraft before, @Nullable AnswerDraft after) {
        return answerChange(before, after, null);
    }

    /**
     * As {@link #answerChange(AnswerDraft, AnswerDraft)}, leaving out a new note that is the same text as
     * {@code reason} (shown beside it). A confidence is only told for a level: a "don't know" or "not applicable"
     * has none, so an answer that became one did not change its confidence to "none".
     */
    private String answerChange(@Nullable AnswerDraft before, @Nullable AnswerDraft after, @Nullable String reason) {
        AnswerDraft old = before == null ? AnswerDraft.empty() : before;
        AnswerDraft now = after == null ? AnswerDraft.empty() : after;
        List<String> parts = new ArrayList<>();
        if (before == null || old.state() != now.state() || !java.util.Objects.equals(old.level(), now.level())) {
            parts.add(state(before) + arrow() + state(after));
        }
        boolean noteIsTheReason = reason != null && now.comment().strip().equals(reason.strip());
        if (!old.comment().equals(now.comment()) && !noteIsTheReason) {
            parts.add(
                    now.comment().isBlank()
                            ? getTranslation("history.change.note-removed")
                            : getTranslation(
                                    old.comment().isBlank()
                                            ? "history.change.note-added"
                                            : "history.change.note-changed",
                                    Formats.isolate(now.comment())));
        }
        now.evidence().stream()
                .filter(link -> !old.evidence().contains(link))
                .forEach(link ->
                        parts.add(getTranslation("history.change.link-added", Formats.isolate(Formats.link(link)))));
        old.evidence().stream()
                .filter(link -> !now.evidence().contains(link))
                .forEach(link ->
                        parts.add(getTranslation("history.change.link-removed", Formats.isolate(Formats.link(link)))));
        if (now.state() == AnswerState.LEVEL && old.confidence() != now.confidence()) {
            if (old.state() == AnswerState.LEVEL) {
                parts.add(getTranslation("history.change.confidence", confidence(old), confidence(now)));
            } else if (now.confidence() != null) {
                parts.add(getTranslation("history.change.confidence-set", confidence(now)));
            }
        }
        if (old.commentSensitivity() != now.commentSensitivity()) {
            parts.add(getTranslation(
                    now.commentSensitivity() == Sensitivity.INTERNAL
                            ? "history.change.note-internal"
                            : "history.change.note-shareable"));
        }
        if (old.evidenceSensitivity() != now.evidenceSensitivity()) {
            parts.add(getTranslation(
                    now.evidenceSensitivity() == Sensitivity.INTERNAL
                            ? "history.change.links-internal"
                            : "history.change.links-shareable"));
        }
        return parts.isEmpty() ? getTranslation("history.change.nothing") : String.join(" · ", parts);
    }

    private String state(@Nullable AnswerDraft draft) {
        if (draft == null) {
            return getTranslation("history.no-answer");
        }
        return switch (draft.state()) {
            case LEVEL -> getTranslation("item.level", draft.level());
            case NOT_APPLICABLE -> getTranslation("choice.NOT_APPLICABLE");
            case DONT_KNOW -> getTranslation("choice.DONT_KNOW");
            case UNANSWERED -> getTranslation("item.status.unanswered");
        };
    }

    private String confidence(AnswerDraft draft) {
        return draft.confidence() == null
                ? getTranslation("history.change.none")
                : getTranslation("confidence." + draft.confidence());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
