package io.nlc.assessment;

import io.nlc.kernel.PlainText;
import io.nlc.scoring.AnswerState;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a person entered for one item. {@link #problem()} names the first invalid field, if any. The note
 * ({@code comment}) and the evidence links each carry a {@link Sensitivity}: shareable unless the team marks them
 * internal.
 */
public record AnswerDraft(
        AnswerState state,
        @Nullable Integer level,
        String comment,
        List<String> evidence,
        @Nullable Confidence confidence,
        Sensitivity commentSensitivity,
        Sensitivity evidenceSensitivity) {

    public static final int MAX_COMMENT = 2000;
    public static final int MAX_LINK = 2000;
    public static final int MAX_LINKS = 20;
    /** A host name with at least one dot, perhaps a port, then nothing or a path, query or fragment. */
    private static final Pattern STARTS_WITH_HOST =
            Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(:\\d{1,5})?([/?#].*)?");
    /** The longest justification of a changed carried-over level. */
    public static final int MAX_JUSTIFICATION = 500;

    public AnswerDraft {
        evidence = List.copyOf(evidence);
        // History entries written before labels existed have none: they were shareable, the default.
        commentSensitivity = Objects.requireNonNullElse(commentSensitivity, Sensitivity.SHAREABLE);
        evidenceSensitivity = Objects.requireNonNullElse(evidenceSensitivity, Sensitivity.SHAREABLE);
    }

    /** A draft whose note and links are shareable, the default. */
    public AnswerDraft(
            AnswerState state,
            @Nullable Integer level,
            String comment,
            List<String> evidence,
            @Nullable Confidence confidence) {
        this(state, level, comment, evidence, confidence, Sensitivity.SHAREABLE, Sensitivity.SHAREABLE);
    }

    public static AnswerDraft empty() {
        return new AnswerDraft(AnswerState.UNANSWERED, null, "", List.of(), null);
    }

    public AnswerDraft withLevel(int newLevel) {
        return new AnswerDraft(
                AnswerState.LEVEL, newLevel, comment, evidence, confidence, commentSensitivity, evidenceSensitivity);
    }

    public AnswerDraft withState(AnswerState newState) {
        return new AnswerDraft(newState, null, comment, evidence, confidence, commentSensitivity, evidenceSensitivity);
    }

    public AnswerDraft withComment(String newComment) {
        return new AnswerDraft(state, level, newComment, evidence, confidence, commentSensitivity, evidenceSensitivity);
    }

    public AnswerDraft withEvidence(List<String> newEvidence) {
        return new AnswerDraft(state, level, comment, newEvidence, confidence, commentSensitivity, evidenceSensitivity);
    }

    public AnswerDraft withConfidence(@Nullable Confidence newConfidence) {
        return new AnswerDraft(state, level, comment, evidence, newConfidence, commentSensitivity, evidenceSensitivity);
    }

    public AnswerDraft withCommentSensitivity(Sensitivity sensitivity) {
        return new AnswerDraft(state, level, comment, evidence, confidence, sensitivity, evidenceSensitivity);
    }

    public AnswerDraft withEvidenceSensitivity(Sensitivity sensitivity) {
        return new AnswerDraft(state, level, comment, evidence, confidence, commentSensitivity, sensitivity);
    }

    /**
     * What a report or an export may show of this answer: the note and the links that are shareable, or all of them
     * when the person exporting chose to include internal material. Level and confidence are never withheld.
     */
    public AnswerDraft forExport(boolean includeInternal) {
        return new AnswerDraft(
                state,
                level,
                commentSensitivity.shownIn(includeInternal) ? comment : "",
                evidenceSensitivity.shownIn(includeInternal) ? evidence : List.of(),
                confidence,
                commentSensitivity,
                evidenceSensitivity);
    }

    /** The first problem as a field and a translation key, or null when the draft can be saved. */
    public @Nullable InvalidRoundInputException problem() {
        if ((state == AnswerState.LEVEL) != (level != null) || (level != null && (level < 0 || level > 4))) {
            return new InvalidRoundInputException("level", "answer.error.level");
        }
        if (comment.length() > MAX_COMMENT) {
            return new InvalidRoundInputException("comment", "answer.error.comment-too-long");
        }
        if (evidence.size() > MAX_LINKS) {
            return new InvalidRoundInputException("evidence", "answer.error.too-many-links");
        }
        for (String link : evidence) {
            if (!PlainText.isPlain(link)) {
                return new InvalidRoundInputException("evidence", PlainText.MESSAGE_KEY);
            }
            if (!isWebLink(link)) {
                return new InvalidRoundInputException("evidence", "answer.error.link");
            }
        }
        return null;
    }

    /**
     * A link as typed, with {@code https://} put before an address that starts with its host name
     * ("www.fes.ma/plan"), as people type addresses; anything else is left as typed, for {@link #isWebLink} to judge.
     */
    public static String completeWebLink(String typed) {
        String link = typed.strip();
        return STARTS_WITH_HOST.matcher(link).matches() ? "https://" + link : link;
    }

    /** An absolute http or https link with a host, at most {@link #MAX_LINK} characters. */
    public static boolean isWebLink(String link) {
        if (link.isBlank() || link.length() > MAX_LINK || !link.strip().equals(link)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Who may read an answer's note or its evidence links outside the app: {@code SHAREABLE} material goes into
     * reports and exports, {@code INTERNAL} material stays with those who may see the city in the app, unless the
     * person exporting chooses to include it.
     */
    public enum Sensitivity {
        SHAREABLE,
        INTERNAL;

        /** Whether an export that includes internal material only when asked may show this. */
        public boolean shownIn(boolean includeInternal) {
            return this == SHAREABLE || includeInternal;
        }
    }
}
