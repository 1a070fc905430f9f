package io.nlc.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XHTML document written as text: the PDF renderer parses XML, so every piece of content (names, comments, links
 * typed by users) goes through {@link #text} and attribute values through {@link #attribute}.
 */
final class Html {

    /** A range of numbers such as "(0–100)" or "2024-2026", with its brackets. */
    private static final Pattern RANGE = Pattern.compile("\\(?\\d+ ?[–-] ?\\d+\\)?");

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens an element; {@code attributes} are name, value pairs, values escaped here. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(attribute(attributes[i + 1]))
                    .append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /**
     * A table heading. Its ranges of numbers stay on one line, like every label's: a narrow column would otherwise
     * break "Score (0–100)" after the dash.
     */
    Html heading(String text, String... attributes) {
        return open("th", attributes).textKeepingRanges(text).close("th");
    }

    /**
     * Text whose ranges of numbers stay on one line: the layout may otherwise break a narrow cell's label after the
     * dash, leaving "(0–" on one line and "100)" on the next.
     */
    Html textKeepingRanges(String text) {
        Matcher range = RANGE.matcher(text);
        int done = 0;
        while (range.find()) {
            text(text.substring(done, range.start()));
            open("span", "class", "nowrap").text(range.group()).close("span");
            done = range.end();
        }
        return text(text.substring(done));
    }

    /** Markup written by this module only, never user text. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                default -> {
                    // XML 1.0 forbids most control characters; a pasted one would make the document unreadable.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    static String attribute(String value) {
        return escape(value).replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
