package io.nlc.workspace;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.communication.PushMode;
import io.nlc.base.Languages;
import io.nlc.kernel.InvalidInputException;
import io.nlc.workshop.Raters;
import io.nlc.workshop.Workshops;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A participant's phone in a workshop: they type the code from the projector and then see only the question on the
 * screen, rate it on their own, and follow the facilitator as they move on (server push).
 */
@Route("workshop/:code?")
@RolesAllowed({"RATER", "CITY_MEMBER", "CITY_COORDINATOR"})
class WorkshopJoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Workshops workshops;
    private final Raters raters;
    private final TextField code = new TextField();
    private final Div current = new Div();
    private @Nullable String joined;
    private @Nullable Runnable unsubscribe;
    private @Nullable UI ui;

    WorkshopJoinView(Workshops workshops, Raters raters) {
        this.workshops = workshops;
        this.raters = raters;
        addClassName("page");
        addClassName("workshop-join-page");
        current.addClassName("workshop-current");
        code.setLabel(getTranslation("workshop.join.code"));
        code.setMaxLength(12);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("dir", "ltr");
        code.addClassName("join-code");
        Button join = new Button(getTranslation("workshop.join.action"), click -> join(code.getValue()));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClassName("join-workshop");
        join.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Div form = new Div(code, join);
        form.addClassName("workshop-join-form");
        add(
                new H1(getTranslation("workshop.join.title")),
                new Paragraph(getTranslation("workshop.join.intro")),
                form,
                current);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(typed -> {
            code.setValue(typed);
            join(typed);
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        if (joined != null) {
            follow();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopFollowing();
        ui = null;
    }

    private void join(String typed) {
        code.setInvalid(false);
        try {
            long assessmentId = workshops.join(typed).assessmentId();
            joined = typed;
            stopFollowing();
            if (ui != null) {
                follow(assessmentId);
            }
            showCurrent();
        } catch (InvalidInputException refused) {
            code.setErrorMessage(getTranslation(refused.messageKey()));
            code.setInvalid(true);
        }
    }

    private void follow() {
        if (joined == null) {
            return;
        }
        try {
            follow(workshops.participate(joined).session().assessmentId());
        } catch (InvalidInputException ended) {
            showCurrent();
        }
    }

    private void follow(long assessmentId) {
        UI mine = ui;
        if (mine == null) {
            return;
        }
        // Run as the person signed in on this screen's session (Vaadin's security context strategy).
        unsubscribe = workshops.subscribe(assessmentId, () -> mine.access(this::refreshIfMoved));
    }

    private void stopFollowing() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private String shownItem = "";

    /** Others' ratings change the tally, not this page: redraw only when the facilitator moved or ended. */
    private void refreshIfMoved() {
        if (joined == null) {
            return;
        }
        try {
            if (!workshops.participate(joined).session().currentItemId().equals(shownItem)) {
                showCurrent();
                // The phone was scrolled down to the last question's save button: show the new question from its top.
                current.scrollIntoView();
            }
        } catch (InvalidInputException ended) {
            showCurrent();
        }
    }

    private void showCurrent() {
        current.removeAll();
        if (joined == null) {
            return;
        }
        try {
            Workshops.Participation participation = workshops.participate(joined);
            shownItem = participation.session().currentItemId();
            Paragraph now = new Paragraph(getTranslation(
                    "workshop.join.now",
                    participation.session().currentIndex() + 1,
                    participation.session().itemIds().size()));
            now.addClassName("workshop-now");
            Paragraph follow = new Paragraph(getTranslation("workshop.join.follow"));
            follow.addClassName("muted");
            current.add(
                    now, new RatingCard(raters, participation.task(), Languages.current(), this::showCurrent), follow);
        } catch (InvalidInputException refused) {
            shownItem = "";
            Paragraph ended = new Paragraph(getTranslation(refused.messageKey()));
            ended.addClassName("notice");
            current.add(ended);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.join.title") + " | " + getTranslation("app.title");
    }
}
