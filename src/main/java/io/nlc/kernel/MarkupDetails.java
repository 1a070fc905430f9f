package io.nlc.kernel;

import com.vaadin.flow.component.html.NativeDetails;

/**
 * The browser's own disclosure whose summary is one property of markup rather than a text node. It opens and closes
 * without a round trip, and keeps less in the session than a Vaadin details: one stands on every item card.
 */
public class MarkupDetails extends NativeDetails {

    private String summaryText = "";

    public MarkupDetails() {
        addClassName("disclosure");
    }

    @Override
    public void setSummaryText(String text) {
        summaryText = text;
        Markup.drawShared(getSummary().getElement(), Markup.escape(text));
    }

    @Override
    public String getSummaryText() {
        return summaryText;
    }
}
