package io.nlc.progress;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentNotFoundException;
import io.nlc.assessment.AssessmentRef;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.RoundHead;
import io.nlc.assessment.RoundScores;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Item;
import io.nlc.content.LocalizedText;
import io.nlc.content.Theme;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import io.nlc.scoring.AssessmentScore;
import io.nlc.scoring.Median;
import io.nlc.scoring.ThemeScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed between two rounds of a city, and its themes' scores across rounds. Every figure is the city team's
 * own (local perspective): national ratings are left out for everyone, so a city that has not submitted never sees
 * them here. Access goes through {@link AssessmentService}'s checks; the hub's medians only to whoever may open the
 * hub's portfolio.
 */
@Service
@Transactional(readOnly = true)
public class RoundChanges {

    /** The statuses a round's figures count in the trend with: submitted and not back with the team. */
    static final Set<AssessmentStatus> SUBMITTED =
            Set.of(AssessmentStatus.SUBMITTED, AssessmentStatus.IN_REVIEW, AssessmentStatus.VALIDATED);

    private final AssessmentService assessments;
    private final RoundScores roundScores;
    private final Organisation organisation;

    RoundChanges(AssessmentService assessments, RoundScores roundScores, Organisation organisation) {
        this.assessments = assessments;
        this.roundScores = roundScores;
        this.organisation = organisation;
    }

    /** The city's rounds the signed-in user may compare, oldest first. */
    public List<AssessmentRef> rounds(long cityId) {
        return ordered(assessments.cityAssessments(cityId));
    }

    /**
     * Compares two rounds of one city. Items are matched by id: a framework version keeps an item's id only where
     * the item continues (`toolkit-content/v2/CHANGES.md`), so an item on both sides is the same question, and
     * the items only one of them has are listed. Theme scores are each round's own, on its own version.
     */
    public RoundComparison compare(long fromId, long toId) {
        AssessmentRef from = assessments.requireVisible(fromId);
        AssessmentRef to = assessments.requireVisible(toId);
        if (from.cityId() != to.cityId()) {
            // Rounds of two cities are not a comparison anyone may ask for: the same page as an unknown round.
            throw new AssessmentNotFoundException(toId);
        }
        Map<String, ThemeScore> before = byTheme(assessments.score(fromId));
        Map<String, ThemeScore> after = byTheme(assessments.score(toId));
        Map<String, SavedAnswer> fromAnswers = assessments.answers(fromId);
        Map<String, SavedAnswer> toAnswers = assessments.answers(toId);

        Map<String, Theme> themes = new LinkedHashMap<>();
        to.scope().themes().forEach(theme -> themes.put(theme.id(), theme));
        from.scope().themes().forEach(theme -> themes.putIfAbsent(theme.id(), theme));
        List<RoundComparison.ThemeChange> themeChanges = themes.values().stream()
                .map(theme -> new RoundComparison.ThemeChange(
                        theme.id(), theme.name(), score(before.get(theme.id())), score(after.get(theme.id()))))
                .toList();

        Map<String, Item> fromItems = items(from);
        Map<String, Item> toItems = items(to);
        List<RoundComparison.ItemChange> shared = new ArrayList<>();
        List<RoundComparison.Unshared> onlyInTo = new ArrayList<>();
        for (Theme theme : to.scope().themes()) {
            for (Item item : theme.items()) {
                if (!fromItems.containsKey(item.id())) {
                    onlyInTo.add(new RoundComparison.Unshared(item.id(), item.question()));
                    continue;
                }
                SavedAnswer later = toAnswers.get(item.id());
                SavedAnswer.CarryOver carried = later == null ? null : later.carryOver();
                shared.add(new RoundComparison.ItemChange(
                        theme.id(),
                        item.id(),
                        item.question(),
                        draft(fromAnswers.get(item.id())),
                        draft(later),
                        carried != null && carried.fromAssessmentId() == fromId ? carried.justification() : null));
            }
        }
        List<RoundComparison.Unshared> onlyInFrom = fromItems.values().stream()
                .filter(item -> !toItems.containsKey(item.id()))
                .map(item -> new RoundComparison.Unshared(item.id(), item.question()))
                .toList();
        return new RoundComparison(from, to, themeChanges, shared, onlyInFrom, onlyInTo);
    }

    /**
     * Each theme's score across the city's submitted rounds (submitted, in review or validated: not a draft, nor a
     * round returned to the team for rework), oldest first. For the hub's advisors and administrators each point
     * also has the hub's median: the median of that theme's score over the hub's cities' submitted rounds with the
     * same label (labels name the year, "2026"), the city itself included.
     */
    public RoundTrend trend(long cityId) {
        List<AssessmentRef> rounds = ordered(assessments.cityAssessments(cityId)).stream()
                .filter(round -> SUBMITTED.contains(round.status()))
                .toList();
        Map<Long, Map<String, ThemeScore>> scores = new LinkedHashMap<>();
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        for (AssessmentRef round : rounds.reversed()) {
            scores.put(round.id(), byTheme(assessments.score(round.id())));
            // The newest round's names first: a theme renamed by a later version reads as it does today.
            round.scope().themes().forEach(theme -> names.putIfAbsent(theme.id(), theme.name()));
        }
        Map<String, Map<String, Double>> medians = hubMedians(cityId, rounds);
        boolean withMedians = medians != null;
        List<RoundTrend.ThemeLine> lines = new ArrayList<>();
        for (Map.Entry<String, LocalizedText> theme :
                orderedThemes(rounds, names).entrySet()) {
            List<@Nullable Double> line = new ArrayList<>();
            List<@Nullable Double> median = new ArrayList<>();
            for (AssessmentRef round : rounds) {
                line.add(score(scores.get(round.id()).get(theme.getKey())));
                median.add(
                        withMedians
                                ? medians.getOrDefault(key(round.roundLabel()), Map.of())
                                        .get(theme.getKey())
                                : null);
            }
            lines.add(
                    new RoundTrend.ThemeLine(theme.getKey(), theme.getValue(), line, withMedians ? median : List.of()));
        }
        return new RoundTrend(rounds, lines, withMedians);
    }

    /** By round label, each theme's median over the hub's submitted rounds; null for anyone but the hub's readers. */
    private @Nullable Map<String, Map<String, Double>> hubMedians(long cityId, List<AssessmentRef> rounds) {
        CurrentUser user = organisation.currentUser();
        if (user.role() != Role.HUB_ADVISOR && user.role() != Role.ADMINISTRATOR) {
            return null;
        }
        CityRef city = organisation.city(cityId);
        List<Long> cities =
                organisation.citiesOfHub(city.hubId()).stream().map(CityRef::id).toList();
        Set<String> labels =
                rounds.stream().map(round -> key(round.roundLabel())).collect(Collectors.toSet());
        List<RoundHead> peers = roundScores.roundsByCity(cities).values().stream()
                .flatMap(List::stream)
                .filter(round -> SUBMITTED.contains(round.status()) && labels.contains(key(round.roundLabel())))
                .toList();
        Map<Long, AssessmentScore> peerScores = roundScores.scores(peers);
        Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();
        for (RoundHead round : peers) {
            for (ThemeScore theme : peerScores.get(round.id()).themes()) {
                if (theme.score() != null) {
                    values.computeIfAbsent(key(round.roundLabel()), label -> new LinkedHashMap<>())
                            .computeIfAbsent(theme.themeId(), id -> new ArrayList<>())
                            .add(theme.score());
                }
            }
        }
        Map<String, Map<String, Double>> medians = new LinkedHashMap<>();
        values.forEach((label, themes) -> themes.forEach((themeId, list) ->
                medians.computeIfAbsent(label, any -> new LinkedHashMap<>()).put(themeId, Median.of(list))));
        return medians;
    }

    /** The themes of the rounds in the newest round's order, then those only older rounds had. */
    private static Map<String, LocalizedText> orderedThemes(
            List<AssessmentRef> rounds, Map<String, LocalizedText> names) {
        Map<String, LocalizedText> ordered = new LinkedHashMap<>();
        for (AssessmentRef round : rounds.reversed()) {
            round.scope().themes().forEach(theme -> ordered.putIfAbsent(theme.id(), names.get(theme.id())));
        }
        return ordered;
    }

    private static String key(String label) {
        return label.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static List<AssessmentRef> ordered(List<AssessmentRef> rounds) {
        return rounds.stream()
                .sorted(Comparator.comparing(AssessmentRef::createdAt).thenComparingLong(AssessmentRef::id))
                .toList();
    }

    private static Map<String, ThemeScore> byTheme(AssessmentScore score) {
        return score.themes().stream().collect(Collectors.toMap(ThemeScore::themeId, Function.identity()));
    }

    private static Map<String, Item> items(AssessmentRef round) {
        Map<String, Item> items = new LinkedHashMap<>();
        round.scope().themes().forEach(theme -> theme.items().forEach(item -> items.put(item.id(), item)));
        return items;
    }

    private static @Nullable Double score(@Nullable ThemeScore theme) {
        return theme == null ? null : theme.score();
    }

    private static AnswerDraft draft(@Nullable SavedAnswer answer) {
        return answer == null ? AnswerDraft.empty() : answer.draft();
    }
}
