package io.nlc.workspace;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assignment.AssignedItem;
import io.nlc.assignment.Assignments;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Language;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The items assigned to the signed-in person, grouped by round and theme, each linking to the questionnaire at
 * that item. A card list rather than a grid, so it reads at phone width and mirrors in Arabic.
 */
@Route("my-items")
@Menu(order = 1, title = "nav.my-items", icon = "vaadin:check-square-o")
@RolesAllowed({"CITY_MEMBER", "CITY_COORDINATOR"})
class MyItemsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter of the questionnaire that opens it at one item. */
    static final String ITEM_PARAMETER = "item";

    private final Assignments assignments;
    private final Checkbox openOnly = new Checkbox();
    private final Div list = new Div();

    private final boolean coordinator;

    MyItemsView(Assignments assignments, Organisation organisation) {
        this.assignments = assignments;
        // A coordinator is the one who assigns: the page speaks to them as such.
        this.coordinator = organisation.currentUser().role() == Role.CITY_COORDINATOR;
        addClassName("page");
        addClassName("my-items-page");
        openOnly.setLabel(getTranslation("my-items.open-only"));
        openOnly.addClassName("open-only");
        openOnly.setValue(true);
        openOnly.addValueChangeListener(change -> refresh());
        list.addClassName("my-items-list");
        add(
                new H1(getTranslation("my-items.title")),
                new Paragraph(getTranslation(coordinator ? "my-items.intro.coordinator" : "my-items.intro")),
                openOnly,
                list);
    }

    /** Read on every visit: Vaadin reuses the view when one navigates to it again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        list.removeAll();
        Language language = Languages.current();
        List<AssignedItem> items = assignments.myItems(openOnly.getValue());
        if (items.isEmpty()) {
            boolean allAnswered =
                    openOnly.getValue() && !assignments.myItems(false).isEmpty();
            Paragraph empty = new Paragraph(getTranslation(
                    allAnswered
                            ? "my-items.empty.all-answered"
                            : coordinator ? "my-items.empty.coordinator" : "my-items.empty.nothing"));
            empty.addClassName("empty-state");
            empty.addClassName("notice");
            list.add(empty);
            return;
        }
        Paragraph count = new Paragraph(getTranslation("my-items.count", items.size()));
        count.addClassName("muted");
        list.add(count);
        Map<Long, List<AssignedItem>> byRound = items.stream()
                .collect(Collectors.groupingBy(AssignedItem::assessmentId, LinkedHashMap::new, Collectors.toList()));
        for (List<AssignedItem> round : byRound.values()) {
            list.add(round(round, language));
        }
    }

    private Section round(List<AssignedItem> items, Language language) {
        AssignedItem first = items.getFirst();
        Section section = new Section();
        section.addClassName("my-items-round");
        H2 title = new H2(first.roundLabel());
        Div head = new Div(title, new StatusBadge(first.status()));
        head.addClassName("card-head");
        section.add(head);
        if (!first.editable()) {
            Paragraph readOnly = new Paragraph(getTranslation("my-items.read-only"));
            readOnly.addClassName("notice");
            readOnly.addClassName("read-only-round");
            section.add(readOnly);
        }
        Map<String, List<AssignedItem>> byTheme = items.stream()
                .collect(Collectors.groupingBy(AssignedItem::themeId, LinkedHashMap::new, Collectors.toList()));
        for (List<AssignedItem> theme : byTheme.values()) {
            H3 themeTitle = new H3(Formats.isolate(theme.getFirst().themeId()) + " · "
                    + theme.getFirst().themeName().in(language));
            section.add(themeTitle);
            for (AssignedItem item : theme) {
                section.add(card(item, language));
            }
        }
        return section;
    }

    private Div card(AssignedItem row, Language language) {
        RouterLink link = new RouterLink(
                Formats.isolate(row.item().id()) + " · " + row.item().question().in(language),
                QuestionnaireView.class,
                new RouteParameters("id", String.valueOf(row.assessmentId())));
        link.setQueryParameters(QueryParameters.of(ITEM_PARAMETER, row.item().id()));
        link.addClassName("my-item-link");
        Span state = new Span(state(row));
        state.addClassName("badge");
        state.addClassName(row.open() ? "answer-open" : "answer-done");
        Div facts = new Div(state);
        facts.addClassName("my-item-facts");
        if (row.updatedBy() != null) {
            Span saved = new Span(getTranslation(
                    "item.last-saved", Formats.isolate(row.updatedBy()), Formats.dateTime(row.updatedAt(), language)));
            saved.addClassName("muted");
            facts.add(saved);
        }
        if (row.openComments() > 0) {
            Span comments = new Span(getTranslation("my-items.open-comments", row.openComments()));
            comments.addClassName("open-comments");
            facts.add(comments);
        }
        Span how = new Span(getTranslation(row.direct() ? "my-items.direct" : "my-items.via-theme"));
        how.addClassName("muted");
        facts.add(how);
        Div card = new Div(link, facts);
        card.addClassName("my-item");
        card.addClassName("assessment-card");
        return card;
    }

    private String state(AssignedItem row) {
        return switch (row.state()) {
            case LEVEL -> getTranslation("item.level", row.level());
            case NOT_APPLICABLE -> getTranslation("choice.NOT_APPLICABLE");
            case DONT_KNOW -> getTranslation("choice.DONT_KNOW");
            case UNANSWERED -> getTranslation("my-items.unanswered");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-items.title") + " | " + getTranslation("app.title");
    }
}
