package io.nlc.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.InvalidRoundInputException;
import io.nlc.base.Formats;
import io.nlc.content.Language;
import io.nlc.discussion.Discussion;
import io.nlc.discussion.Discussions;
import io.nlc.kernel.Markup;
import io.nlc.kernel.MarkupDetails;
import java.util.List;
import java.util.function.Consumer;

/**
 * The discussion threads of one item or theme: read them, reply, resolve or reopen, start a new one. Open threads
 * keep the panel expanded so they are not missed; advisors' messages stand out. The browser's own disclosure, built
 * only once it is open ({@link #of}).
 */
class CommentsPanel extends MarkupDetails {

    private final Discussions comments;
    private final long assessmentId;
    private final String targetId;
    private final Language language;
    private final Div threadsAndComposer = new Div();

    /**
     * The panel of an item or a theme as a page first shows it. With an open thread it is built open, so that the
     * thread is not missed. Otherwise it is only its closed summary, one element of markup, until the person opens it:
     * most are never opened, and a built panel keeps several kilobytes in the session. Opening it in the browser puts
     * the built panel in its place, open, with the focus on its summary.
     */
    static Component of(
            Discussions comments, long assessmentId, String targetId, List<Discussion> threads, Language language) {
        if (threads.stream().anyMatch(Discussion::open)) {
            return new CommentsPanel(comments, assessmentId, targetId, threads, language);
        }
        Markup folded = new Markup("details", "comments-panel");
        folded.addClassName("disclosure");
        folded.setHtml("<summary>" + Markup.escape(summary(folded, threads.size(), 0)) + "</summary>");
        folded.getElement()
                .addEventListener("toggle", event -> {
                    Element place = folded.getElement();
                    if (event.getEventData().path("element.open").asBoolean(false) && place.getParent() != null) {
                        CommentsPanel panel = new CommentsPanel(comments, assessmentId, targetId, threads, language);
                        panel.setOpen(true);
                        place.getParent().insertChild(place.getParent().indexOfChild(place), panel.getElement());
                        place.removeFromParent();
                        panel.getSummary().getElement().callJsFunction("focus");
                    }
                })
                .addEventData("element.open");
        return folded;
    }

    private CommentsPanel(
            Discussions comments, long assessmentId, String targetId, List<Discussion> threads, Language language) {
        this.comments = comments;
        this.assessmentId = assessmentId;
        this.targetId = targetId;
        this.language = language;
        addClassName("comments-panel");
        setContent(threadsAndComposer);
        setOpen(threads.stream().anyMatch(Discussion::open));
        render(threads);
    }

    private void render(List<Discussion> threads) {
        threadsAndComposer.removeAll();
        long open = threads.stream().filter(Discussion::open).count();
        setSummaryText(summary(this, threads.size(), open));
        for (Discussion thread : threads) {
            threadsAndComposer.add(thread(thread));
        }
        threadsAndComposer.add(composer(
                threads.isEmpty() ? "discussion.start" : "discussion.new",
                "comment.add",
                body -> comments.start(assessmentId, targetId, body)));
    }

    private Div thread(Discussion thread) {
        Div box = new Div();
        box.addClassName("comment-thread");
        box.addClassName(thread.open() ? "open" : "resolved");
        for (Discussion.Message message : thread.messages()) {
            Span who = new Span(Formats.isolate(message.author()) + " · " + Formats.dateTime(message.at(), language)
                    + (message.byAdvisor() ? " · " + getTranslation("comment.advisor") : ""));
            who.addClassName("comment-meta");
            Paragraph body = new Paragraph(message.body());
            body.getElement().setAttribute("dir", "auto");
            Div row = new Div(who, body);
            row.addClassName("comment");
            if (message.byAdvisor()) {
                row.addClassName("by-advisor");
            }
            box.add(row);
        }
        Button toggle = new Button(getTranslation(thread.open() ? "comment.resolve" : "comment.reopen"), click -> {
            comments.resolve(thread.id(), thread.open());
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("comment-toggle");
        Span state = new Span(getTranslation(thread.open() ? "comment.open" : "comment.resolved"));
        state.addClassName("badge");
        Div actions = new Div(state, toggle);
        actions.addClassName("comment-actions");
        box.add(actions, composer("comment.reply", "comment.send", body -> comments.reply(thread.id(), body)));
        return box;
    }

    /** "Discussion", with counts only when there is something to count. */
    private static String summary(Component in, int threads, long open) {
        if (threads == 0) {
            return in.getTranslation("discussion.summary.none");
        }
        return open == 0
                ? in.getTranslation("discussion.summary.closed", threads)
                : in.getTranslation("discussion.summary.open", threads, open);
    }

    /**
     * An empty box to write in stays behind a button until wanted: a card with a discussion would otherwise carry two
     * empty text areas, which makes it very long on a phone.
     */
    private Div composer(String labelKey, String buttonKey, Consumer<String> send) {
        Div composer = new Div();
        composer.addClassName("comment-composer");
        Button write = new Button(getTranslation(labelKey), click -> {
            composer.removeAll();
            composer.add(writing(labelKey, buttonKey, send));
        });
        write.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        write.addClassName("comment-write");
        composer.add(write);
        return composer;
    }

    private Div writing(String labelKey, String buttonKey, Consumer<String> send) {
        TextArea text = new TextArea(getTranslation(labelKey));
        text.setMaxLength(AnswerDraft.MAX_COMMENT);
        text.getElement().setAttribute("dir", "auto");
        text.addClassName("comment-text");
        Button button = new Button(getTranslation(buttonKey), click -> {
            try {
                send.accept(text.getValue());
                refresh();
            } catch (InvalidRoundInputException e) {
                text.setErrorMessage(getTranslation(e.messageKey()));
                text.setInvalid(true);
            }
        });
        button.addClassName("comment-send");
        text.focus();
        Div writing = new Div(text, button);
        writing.addClassName("comment-writing");
        return writing;
    }

    private void refresh() {
        List<Discussion> threads = comments.threads(assessmentId).stream()
                .filter(thread -> thread.targetId().equals(targetId))
                .toList();
        render(threads);
        if (threads.stream().anyMatch(Discussion::open)) {
            // Kept open while a thread is open; once all are resolved it stays as the person left it.
            setOpen(true);
        }
    }
}
