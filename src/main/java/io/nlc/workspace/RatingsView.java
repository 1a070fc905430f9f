package io.nlc.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.nlc.base.Languages;
import io.nlc.content.Language;
import io.nlc.workshop.RaterTask;
import io.nlc.workshop.Raters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The items the signed-in person was asked to rate, one card each: the question, its guidance and level descriptors,
 * their own level and comment, and, once they have rated, the others' ratings. The whole app for a rater account
 * (police, a school, an association); for a team member, the items their coordinator opened to several raters.
 */
@Route("ratings")
@Menu(order = 2, title = "nav.ratings", icon = "vaadin:scale")
@RolesAllowed({"RATER", "CITY_MEMBER", "CITY_COORDINATOR"})
class RatingsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Raters raters;
    private final Div list = new Div();

    RatingsView(Raters raters) {
        this.raters = raters;
        addClassName("page");
        addClassName("ratings-page");
        list.addClassName("ratings-list");
        RouterLink join = new RouterLink(getTranslation("workshop.join.link"), WorkshopJoinView.class);
        join.addClassName("workshop-join-link");
        add(new H1(getTranslation("ratings.title")), new Paragraph(getTranslation("ratings.intro")), join, list);
    }

    /** Read on every visit: Vaadin reuses the view when one navigates to it again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<RaterTask> tasks = raters.myTasks();
        if (tasks.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("ratings.empty"));
            empty.addClassName("notice");
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        long left = tasks.stream().filter(task -> task.mine() == null).count();
        Paragraph count = new Paragraph(getTranslation("ratings.count", tasks.size(), left));
        count.addClassName("muted");
        list.add(count);
        Language language = Languages.current();
        for (RaterTask task : tasks) {
            list.add(new RatingCard(raters, task, language, this::refresh));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ratings.title") + " | " + getTranslation("app.title");
    }
}
