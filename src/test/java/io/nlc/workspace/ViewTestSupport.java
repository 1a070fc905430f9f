package io.nlc.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.content.Tier;
import io.nlc.kernel.Markup;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/** A started core-scan round of city A1 in the fresh world of each view test. */
abstract class ViewTestSupport extends BrowserlessWorldTest {

    @Autowired
    AssessmentService assessments;

    long assessment;

    @BeforeEach
    void createRound() {
        Fixtures.signIn(world.coordinatorA1);
        assessment = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
    }

    Map<String, String> id() {
        return Map.of("id", String.valueOf(assessment));
    }

    /** What the browser sends when the person opens a disclosure drawn as markup. */
    static void openInBrowser(Component details) {
        toggleInBrowser(details, true);
    }

    /** The browser's toggle event of a disclosure, as it reports it: open or closed. */
    static void toggleInBrowser(Component details, boolean open) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("element.open", open);
        details.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(details.getElement(), "toggle", data));
    }

    /** The texts of the notifications still open on the screen, oldest first. */
    List<String> openNotifications() {
        return $(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .map(notification -> test(notification).getText())
                .toList();
    }

    /** What a card's save status says (a line of markup, so not in the card's text nodes). */
    static String statusOf(ItemCard card) {
        return card.getChildren()
                .filter(child -> child instanceof Markup line && line.hasClassName("save-status"))
                .map(child -> ((Markup) child).getText())
                .findFirst()
                .orElse("");
    }
}
