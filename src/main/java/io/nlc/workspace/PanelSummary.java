package io.nlc.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.nlc.assessment.SavedAnswer;
import io.nlc.base.Formats;
import io.nlc.content.Language;
import io.nlc.kernel.PlainText;
import io.nlc.workshop.ItemSpread;
import io.nlc.workshop.PanelItem;
import org.jspecify.annotations.Nullable;

/**
 * What several raters made of one item: who has rated, the spread of their levels (hidden from a rater of the item
 * who has not rated it yet), and the agreed level with its reason. Shown on the raters page and under the item in
 * the questionnaire.
 */
class PanelSummary extends Div {

    PanelSummary(PanelItem panelItem, @Nullable SavedAnswer answer, Language language) {
        addClassName("panel-summary");
        Div people = new Div();
        people.addClassName("panel-raters");
        for (PanelItem.Rater rater : panelItem.raters()) {
            Span chip = new Span((rater.rated() ? "✓ " : "… ") + PlainText.isolate(rater.name()));
            chip.addClassName("badge");
            chip.addClassName(rater.rated() ? "answer-done" : "answer-open");
            chip.getElement().setAttribute("title", getTranslation(rater.rated() ? "raters.rated" : "raters.waiting"));
            people.add(chip);
        }
        add(people);
        ItemSpread spread = panelItem.spread();
        if (spread == null) {
            Paragraph hidden = new Paragraph(getTranslation("ratings.others-hidden"));
            hidden.addClassName("muted");
            add(hidden);
        } else if (!spread.ratings().isEmpty()) {
            add(SpreadPanel.of(spread, language));
        }
        PanelItem.Agreement agreement = panelItem.agreement();
        if (agreement != null && answer != null) {
            Paragraph agreed = new Paragraph(getTranslation(
                    "raters.agreed",
                    answer.level() != null
                            ? getTranslation("item.level", answer.level())
                            : getTranslation(
                                    SpreadPanel.neutralChoiceKey(answer.state().name())),
                    PlainText.isolate(agreement.by()),
                    Formats.dateTime(agreement.at(), language)));
            agreed.addClassName("agreed");
            Paragraph reason = new Paragraph(agreement.reason());
            reason.getElement().setAttribute("dir", "auto");
            reason.addClassName("agreed-reason");
            add(agreed, reason);
        }
    }

    /** How many of the item's raters have rated it, for a one-line summary. */
    static long rated(PanelItem panelItem) {
        return panelItem.raters().stream().filter(PanelItem.Rater::rated).count();
    }
}
