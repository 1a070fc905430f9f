package io.nlc.plan;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An action as the coordinator writes it. The owner is {@code ownerUserId} (someone of the city's team) or, when that
 * is null, {@code ownerName} (an outside actor: a ministry, an association, the province).
 *
 * @param assessmentId the round the action comes from (fixed once created)
 * @param targets      the themes and items it addresses; when created, also the gaps it came from
 */
public record ActionDraft(
        long assessmentId,
        String title,
        String description,
        @Nullable Long ownerUserId,
        @Nullable String ownerName,
        @Nullable LocalDate startDate,
        @Nullable LocalDate dueDate,
        Set<String> targets) {

    private static final int SHORTEST_TITLE = 20;
    /** Well under the longest title allowed: a title is read in a list, the description holds the rest. */
    private static final int SUGGESTED_TITLE = 120;

    /**
     * Where a sentence or a clause ends, in French, English or Arabic text: a full stop only before a capital or an
     * Arabic letter, so that "art. 5" or "e.g. the" do not end a title.
     */
    private static final Pattern CLAUSE_END =
            Pattern.compile("\\.(?=\\s+[\\p{Lu}\\p{Lo}]|\\s*$)|[!?\u061F:;](?=\\s|$)");

    public ActionDraft {
        targets = Set.copyOf(targets);
    }

    /**
     * A suggested action taken into the plan, before the coordinator edits it. Suggestions can be longer than a
     * title may be, and read badly in a list: a long one becomes the description, whole, and the title is its first
     * sentence, or its first words.
     */
    public static ActionDraft fromSuggestion(long assessmentId, String text, Set<String> targets) {
        String whole = text.strip();
        String title = titleOf(whole);
        return new ActionDraft(assessmentId, title, title.equals(whole) ? "" : whole, null, null, null, null, targets);
    }

    static String titleOf(String text) {
        if (text.length() <= SUGGESTED_TITLE) {
            return text;
        }
        Matcher end = CLAUSE_END.matcher(text);
        while (end.find() && end.start() <= SUGGESTED_TITLE) {
            // Long enough to say what the action is.
            if (end.start() >= SHORTEST_TITLE) {
                return text.substring(0, end.start()).strip();
            }
        }
        int cut = text.lastIndexOf(' ', SUGGESTED_TITLE - 1);
        return text.substring(0, cut > 0 ? cut : SUGGESTED_TITLE - 1).strip() + "…";
    }
}
