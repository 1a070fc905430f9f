package io.nlc.workspace;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import io.nlc.assessment.AssessmentNotFoundException;
import io.nlc.assessment.AssessmentOverview;
import io.nlc.assessment.AssessmentService;
import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditRecord;
import io.nlc.audit.AuditTrail;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
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

    private static final long EVERYONE = -1;

    private final AuditTrail audit;
    private final AssessmentService assessments;
    private final Select<Long> person = new Select<>();
    private final ComboBox<String> item = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRecord> grid = new Grid<>();
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
        title = getTranslation("history.title") + " — " + Formats.isolate(overview.city().name().in(language))
                + " — " + Formats.isolate(overview.roundLabel());
        removeAll();
        add(new H1(title), new Anchor("assessments/" + assessmentId, getTranslation("results.back")));

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
                .flatMap(theme -> theme.items().stream().map(i -> i.id())).toList());
        themes.stream().map(Theme::id).forEach(itemsAndThemes::add);
        themeIds = themes.stream().map(Theme::id).collect(Collectors.toSet());
        item.setLabel(getTranslation("history.item"));
        item.setItems(itemsAndThemes);
        item.setClearButtonVisible(true);
        event.getLocation().getQueryParameters().getSingleParameter("item")
                .filter(itemsAndThemes::contains).ifPresent(item::setValue);
        from.setLabel(getTranslation("history.from"));
        to.setLabel(getTranslation("history.to"));
        from.setLocale(language.locale());
        to.setLocale(language.locale());
        Div filters = new Div(person, item, from, to);
        filters.addClassName("filters");
        person.addValueChangeListener(change -> refresh());
        item.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());

        grid.removeAllColumns();
        grid.addClassName("history-table");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(record -> Formats.dateTime(record.at(), language)).setHeader(getTranslation("history.col.when"))
                .setFlexGrow(1);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("history.col.who")).setFlexGrow(1);
        grid.addColumn(record -> record.itemId() == null ? getTranslation("history.kind.STATUS") : record.itemId())
                .setHeader(getTranslation("history.col.what")).setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(record -> change(record, language)).setHeader(getTranslation("history.col.change"))
                .setFlexGrow(3);
        grid.addColumn(record -> record.note() == null || record.kind() == io.nlc.audit.AuditKind.COMMENT ? ""
                        : record.kind() == io.nlc.audit.AuditKind.ANSWER
                        ? getTranslation("history.perspective." + record.note()) : Formats.isolate(record.note()))
                .setHeader(getTranslation("history.col.note")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("history.empty"));
        empty.addClassName("muted");
        add(filters, grid, empty);
        refresh();
    }

    private void refresh() {
        Long actor = person.getValue() == null || person.getValue() == EVERYONE ? null : person.getValue();
        List<AuditRecord> records = audit.entries(assessmentId,
                new AuditFilter(actor, item.getValue(), from.getValue(), to.getValue()));
        grid.setItems(records);
        empty.setVisible(records.isEmpty());
    }

    private String change(AuditRecord record, Language language) {
        return switch (record.kind()) {
            case ANSWER -> answer(record.oldAnswer()) + arrow() + answer(record.newAnswer());
            case TARGET -> getTranslation("history.target", record.oldTarget(), record.newTarget());
            case COMMENT -> getTranslation("history.comment." + record.note())
                    + (record.commentText() == null ? "" : ": “" + Formats.isolate(record.commentText()) + "”");
            case ASSIGNMENT -> getTranslation("history.assignment", assignee(record.oldAssignee(), record.itemId())
                    + arrow() + assignee(record.newAssignee(), record.itemId()));
            case STATUS -> (record.oldStatus() == null ? "" : getTranslation("status." + record.oldStatus().name())
                    + arrow()) + getTranslation("status." + record.newStatus().name());
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

    private String answer(@Nullable AnswerDraft draft) {
        if (draft == null) {
            return getTranslation("history.no-answer");
        }
        List<String> parts = new ArrayList<>();
        parts.add(switch (draft.state()) {
            case LEVEL -> getTranslation("item.level", draft.level());
            case NOT_APPLICABLE -> getTranslation("choice.NOT_APPLICABLE");
            case DONT_KNOW -> getTranslation("choice.DONT_KNOW");
            case UNANSWERED -> getTranslation("item.status.unanswered");
        });
        if (draft.confidence() != null) {
            parts.add(getTranslation("item.confidence") + ": " + getTranslation("confidence." + draft.confidence()));
        }
        if (!draft.evidence().isEmpty()) {
            parts.add(getTranslation("conflict.links", draft.evidence().size()));
        }
        if (!draft.comment().isBlank()) {
            parts.add("“" + Formats.isolate(draft.comment()) + "”");
        }
        return String.join(" · ", parts);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
