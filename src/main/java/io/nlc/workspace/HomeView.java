package io.nlc.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentSummary;
import io.nlc.assessment.Perspective;
import io.nlc.assignment.Assignments;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Language;
import io.nlc.organisation.CityView;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Landing page: a city team sees its rounds, an advisor the cities of the hub with theirs. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    private final Assignments assignments;
    private final AssessmentService assessments;

    HomeView(AssessmentService assessments, Organisation organisation, FrameworkCatalog catalog,
             Assignments assignments) {
        this.assignments = assignments;
        this.assessments = assessments;
        addClassName("page");
        Language language = Languages.current();
        CurrentUser user = organisation.currentUser();
        List<CityView> cities = organisation.visibleCities();
        Map<Long, List<AssessmentSummary>> byCity = assessments.visibleAssessments().stream()
                .collect(Collectors.groupingBy(summary -> summary.city().id()));

        add(new H1(getTranslation(user.role().cityRole() ? "home.title.city"
                : user.role() == Role.NATIONAL_FOCAL_POINT ? "home.title.national" : "home.title.hub")));
        add(new Paragraph(getTranslation("home.welcome", Formats.isolate(user.displayName()),
                getTranslation("role." + user.role().name()))));

        for (CityView city : cities) {
            Div section = new Div();
            section.addClassName("city-section");
            H2 name = new H2(city.name().in(language));
            Span where = new Span(Formats.isolate(city.province()) + " · " + Formats.isolate(city.region()));
            where.addClassName("muted");
            section.add(name, where);
            if (user.role() == Role.CITY_COORDINATOR && Long.valueOf(city.id()).equals(user.cityId())) {
                Button start = new Button(getTranslation("home.start"), VaadinIcon.PLUS.create(),
                        click -> new StartAssessmentDialog(assessments, catalog, city.id()).open());
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                start.addClassName("start-assessment");
                Checkbox consent = new Checkbox(getTranslation("home.peer-consent"),
                        organisation.peerConsent(city.id()));
                consent.addClassName("peer-consent");
                consent.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        organisation.setPeerConsent(city.id(), change.getValue());
                    }
                });
                section.add(start, consent);
            }
            List<AssessmentSummary> rounds = byCity.getOrDefault(city.id(), List.of());
            if (rounds.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("home.no-assessments"));
                none.addClassName("muted");
                section.add(none);
            }
            for (AssessmentSummary round : rounds) {
                section.add(card(round, language, user));
            }
            add(section);
        }
    }

    private Div card(AssessmentSummary round, Language language, CurrentUser user) {
        Div card = new Div();
        card.addClassName("assessment-card");
        RouteParameters id = new RouteParameters("id", String.valueOf(round.id()));
        RouterLink title = new RouterLink(round.roundLabel(), QuestionnaireView.class, id);
        title.addClassName("card-title");
        Span tier = new Span(getTranslation("tier." + round.tier().name()));
        tier.addClassName("badge");
        ProgressBar progress = new ProgressBar(0, 1, round.completeness());
        progress.getElement().setAttribute("aria-label", getTranslation("progress.overall"));
        Span counts = new Span(getTranslation("progress.answered", round.answered(), round.applicable())
                + " · " + Formats.percent(round.completeness()));
        Span updated = new Span(getTranslation("home.updated", Formats.dateTime(round.updatedAt(), language)));
        updated.addClassName("muted");
        RouterLink results = new RouterLink(getTranslation("home.results"), ResultsView.class, id);
        results.addClassName("results-link");
        Div head = new Div(title, tier, new StatusBadge(round.status()));
        head.addClassName("card-head");
        card.add(head, progress, counts, updated);
        if (user.role() == Role.NATIONAL_FOCAL_POINT) {
            // The focal point's own progress: how much of the round they have rated from the national side.
            long rated = assessments.answers(round.id(), Perspective.NATIONAL).values().stream()
                    .filter(answer -> ItemCard.counts(answer.draft())).count();
            // Out of the items in scope: the city's own "not applicable" choices do not shrink the national total.
            long inScope = assessments.themesInScope(round.id()).stream().mapToLong(theme -> theme.items().size())
                    .sum();
            Span national = new Span(getTranslation("home.national-progress", rated, inScope));
            national.addClassName("national-progress");
            card.add(national);
        }
        if (user.role().cityRole() && round.status().editable()) {
            int mine = assignments.myOpenItems(round.id()).size();
            if (mine > 0) {
                RouterLink myItems = new RouterLink(getTranslation("assignment.my-open-items", mine),
                        MyItemsView.class);
                myItems.addClassName("my-items");
                card.add(myItems);
            }
        }
        card.add(results);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.title");
    }
}
