package io.nlc.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.nlc.base.Formats;
import io.nlc.content.Language;
import io.nlc.kernel.PlainText;
import io.nlc.workshop.ItemSpread;
import io.nlc.workshop.RatingEntry;

/**
 * How the raters of an item differ: count, lowest, median and highest level, then each rater's level and comment.
 * The figures come first, so the distance between raters is read before the names.
 */
class SpreadPanel extends Div {

    private SpreadPanel(ItemSpread spread, Language language) {
        addClassName("spread");
        Paragraph figures = new Paragraph(
                spread.count() == 0
                        ? getTranslation("spread.no-levels", spread.ratings().size())
                        : getTranslation(
                                "spread.figures",
                                spread.count(),
                                spread.min(),
                                Formats.level(spread.median(), language),
                                spread.max()));
        figures.addClassName("spread-figures");
        if (spread.range() >= 2) {
            figures.addClassName("spread-wide");
        }
        add(figures);
        UnorderedList ratings = new UnorderedList();
        ratings.addClassName("spread-ratings");
        for (RatingEntry rating : spread.ratings()) {
            Span who = new Span(PlainText.isolate(rating.rater()));
            who.addClassName("spread-rater");
            Span level = new Span(
                    rating.level() != null
                            ? getTranslation("item.level", rating.level())
                            : getTranslation(neutralChoiceKey(rating.state().name())));
            level.addClassName("badge");
            ListItem row = new ListItem(who, level);
            if (!rating.comment().isEmpty()) {
                Span comment = new Span(rating.comment());
                comment.addClassName("spread-comment");
                comment.getElement().setAttribute("dir", "auto");
                row.add(comment);
            }
            ratings.add(row);
        }
        add(ratings);
    }

    /** "Not applicable to this commune" rather than "to our city": a rater may speak for the police or a school. */
    static String neutralChoiceKey(String choice) {
        return "choice." + choice + (choice.equals("NOT_APPLICABLE") ? ".national" : "");
    }

    static SpreadPanel of(ItemSpread spread, Language language) {
        return new SpreadPanel(spread, language);
    }
}
