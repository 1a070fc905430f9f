package io.nlc.demo;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.Confidence;
import io.nlc.content.Item;
import io.nlc.content.Theme;
import io.nlc.content.Tier;
import io.nlc.scoring.AnswerState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One hand-written demo round: its settings, the team's answers and the notes on some of them. {@code levels} holds
 * one group per theme in scope, in questionnaire order, one character per item: a level 0 to 4, {@code ?} for
 * "don't know", {@code -} for "not applicable", {@code .} for not answered yet. Written by hand, not drawn at random,
 * so the demo is the same on every start and each city reads like itself.
 */
final class DemoRound {

    /** A comment, evidence links and a confidence that differs from the round's usual one. */
    record Note(
            String comment, List<String> evidence, @Nullable Confidence confidence) {}

    /** One answer to save, and who saves it. */
    record Entry(String itemId, AnswerDraft draft, String username) {}

    final String label;
    final Tier tier;
    final Set<String> modules;
    final Map<String, Integer> targets;
    /** The framework version the round starts on; null for the newest. */
    @Nullable
    Integer frameworkVersion;

    private final String levels;
    private final @Nullable Confidence usual;
    private final Map<String, Note> notes = new HashMap<>();
    private final Map<String, String> answeredBy = new HashMap<>();
    private final Map<String, String> because = new HashMap<>();

    DemoRound(
            String label,
            Tier tier,
            Set<String> modules,
            Map<String, Integer> targets,
            String levels,
            @Nullable Confidence usual) {
        this.label = label;
        this.tier = tier;
        this.modules = modules;
        this.targets = targets;
        this.levels = levels;
        this.usual = usual;
    }

    /** The round starts on this older framework version rather than the newest. */
    DemoRound onVersion(int version) {
        frameworkVersion = version;
        return this;
    }

    DemoRound note(String itemId, String comment, String... evidence) {
        notes.put(itemId, new Note(comment, List.of(evidence), null));
        return this;
    }

    DemoRound note(String itemId, Confidence confidence, String comment, String... evidence) {
        notes.put(itemId, new Note(comment, List.of(evidence), confidence));
        return this;
    }

    /** Why the item's level moved since the round this one was carried over from (else its note says why). */
    DemoRound because(String itemId, String justification) {
        because.put(itemId, justification);
        return this;
    }

    /** The justification of a level changed since the carried-over round: its own, or the item's note. */
    String justification(String itemId) {
        String own = because.get(itemId);
        if (own != null) {
            return own;
        }
        Note note = notes.get(itemId);
        if (note == null) {
            throw new IllegalStateException("Demo round " + label + ": no justification for " + itemId);
        }
        return note.comment();
    }

    /** The items of a theme (or one item) are answered by this person rather than the coordinator. */
    DemoRound answeredBy(String themeOrItemId, String username) {
        answeredBy.put(themeOrItemId, username);
        return this;
    }

    /**
     * The answers to save, in questionnaire order. A linked piece of evidence makes the team sure of its answer;
     * otherwise the round's usual confidence applies, unless a note says otherwise.
     */
    List<Entry> entries(List<Theme> scope, String coordinator) {
        String[] groups = levels.trim().split("\\s+");
        if (groups.length != scope.size()) {
            throw new IllegalStateException(
                    "Demo round " + label + ": " + groups.length + " groups for " + scope.size() + " themes");
        }
        List<Entry> entries = new ArrayList<>();
        for (int t = 0; t < groups.length; t++) {
            Theme theme = scope.get(t);
            List<Item> items = theme.items();
            if (groups[t].length() != items.size()) {
                throw new IllegalStateException("Demo round " + label + ", theme " + theme.id() + ": "
                        + groups[t].length() + " answers for " + items.size() + " items");
            }
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                AnswerDraft draft = draft(item.id(), groups[t].charAt(i));
                if (draft != null) {
                    String username =
                            answeredBy.getOrDefault(item.id(), answeredBy.getOrDefault(theme.id(), coordinator));
                    entries.add(new Entry(item.id(), draft, username));
                }
            }
        }
        Set<String> unknown = new HashSet<>(notes.keySet());
        entries.forEach(entry -> unknown.remove(entry.itemId()));
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Demo round " + label + ": notes on items without an answer " + unknown);
        }
        return entries;
    }

    private @Nullable AnswerDraft draft(String itemId, char code) {
        @Nullable
        AnswerDraft draft = switch (code) {
            case '0', '1', '2', '3', '4' -> AnswerDraft.empty().withLevel(code - '0');
            case '?' -> AnswerDraft.empty().withState(AnswerState.DONT_KNOW);
            case '-' -> AnswerDraft.empty().withState(AnswerState.NOT_APPLICABLE);
            case '.' -> null;
            default -> throw new IllegalStateException("Demo round " + label + ": unknown answer code " + code);
        };
        if (draft == null) {
            return null;
        }
        Note note = notes.get(itemId);
        if (note != null) {
            draft = draft.withComment(note.comment()).withEvidence(note.evidence());
        }
        if (draft.state() == AnswerState.LEVEL) {
            Confidence confidence = note != null && note.confidence() != null
                    ? note.confidence()
                    : note != null && !note.evidence().isEmpty() ? Confidence.HIGH : usual;
            draft = draft.withConfidence(confidence);
        }
        return draft;
    }
}
