package io.nlc.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Language;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * "My sessions" (ASVS 7.5.2): where the signed-in person is signed in (this browser first), and a way to sign out
 * the others, one by one or all at once, for example after using a shared computer.
 */
@Route("account/sessions")
@Menu(order = 6, title = "nav.sessions", icon = "vaadin:laptop")
@PermitAll
class MySessionsView extends Main implements HasDynamicTitle {

    static final String ROUTE = "account/sessions";

    private final OpenSessions sessions;
    private final Div list = new Div();
    private final Button endOthers = new Button();

    MySessionsView(OpenSessions sessions) {
        this.sessions = sessions;
        addClassName("page");
        addClassName("my-sessions");
        list.addClassName("session-list");
        endOthers.setText(getTranslation("sessions.end-others"));
        endOthers.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endOthers.addClassName("end-other-sessions");
        endOthers.addClickListener(click -> {
            int ended = sessions.endOthers();
            Notification.show(
                    getTranslation("sessions.ended-others", ended), 4000, Notification.Position.BOTTOM_CENTER);
            refresh();
        });
        add(new H1(getTranslation("sessions.title")), new Paragraph(getTranslation("sessions.intro")), list, endOthers);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<OpenSession> mine = sessions.mine();
        Language language = Languages.current();
        for (OpenSession session : mine) {
            list.add(card(session, language));
        }
        endOthers.setVisible(mine.stream().anyMatch(session -> !session.current()));
    }

    private Div card(OpenSession session, Language language) {
        Div card = new Div();
        card.addClassName("assessment-card");
        card.addClassName("session-card");
        Div head = new Div();
        head.addClassName("card-head");
        String browser = session.browserSummary();
        Span title = new Span(browser.isEmpty() ? getTranslation("sessions.unknown-browser") : browser);
        title.addClassName("card-title");
        head.add(title);
        if (session.current()) {
            Span here = new Span(getTranslation("sessions.this-browser"));
            here.addClassNames("badge", "status-validated");
            head.add(here);
        }
        card.add(
                head,
                new Span(getTranslation("sessions.started", Formats.dateTime(session.started(), language))),
                new Span(getTranslation("sessions.last-active", Formats.dateTime(session.lastActive(), language))),
                new Span(getTranslation("sessions.address", Formats.isolate(session.address()))));
        if (!session.current()) {
            Button end = new Button(getTranslation("sessions.end"), click -> {
                if (!sessions.endOther(session.id())) {
                    Notification.show(
                            getTranslation("sessions.already-ended"), 4000, Notification.Position.BOTTOM_CENTER);
                }
                refresh();
            });
            end.addClassName("end-session");
            card.add(end);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title") + " | " + getTranslation("app.title");
    }
}
