package io.nlc.results;

import io.nlc.assessment.AssessmentAnswers;
import io.nlc.assessment.AssessmentRef;
import io.nlc.assessment.AssessmentScope;
import io.nlc.assessment.AssessmentScoring;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.RoundHead;
import io.nlc.assessment.RoundScores;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Framework;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.SuggestedAction;
import io.nlc.content.Theme;
import io.nlc.organisation.Directory;
import io.nlc.scoring.AssessmentScore;
import io.nlc.scoring.Median;
import io.nlc.scoring.ThemeScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an assessment's results page shows: scores, gaps and suggested actions recomputed from the answers, the
 * national view where the reader may see it, and the anonymous peer medians of the hub. Access is checked by the
 * assessment module's own reads.
 */
@Service
@Transactional(readOnly = true)
public class Results {

    /** How many of the highest-priority gaps get suggested actions. */
    static final int ACTION_THEMES = 3;

    private final AssessmentService assessments;
    private final RoundScores roundScores;
    private final FrameworkCatalog catalog;
    private final Directory directory;

    Results(AssessmentService assessments, RoundScores roundScores, FrameworkCatalog catalog, Directory directory) {
        this.assessments = assessments;
        this.roundScores = roundScores;
        this.catalog = catalog;
        this.directory = directory;
    }

    public AssessmentResults results(long assessmentId) {
        AssessmentAnswers answers = assessments.answersForResults(assessmentId);
        Framework framework = answers.framework();
        AssessmentScope scope = answers.scope();
        Map<String, Integer> targets = answers.overview().targets();
        AssessmentScore score = AssessmentScoring.score(framework, scope, targets, answers.local());
        Map<String, List<ActionSuggestion>> actions = new LinkedHashMap<>();
        for (ThemeScore gap : score.priorities().stream().limit(ACTION_THEMES).toList()) {
            Theme theme = framework.theme(gap.themeId()).orElseThrow();
            List<ActionSuggestion> suggestions = suggestions(theme, answers.local());
            if (!suggestions.isEmpty()) {
                actions.put(theme.id(), suggestions);
            }
        }
        Map<String, SavedAnswer> national = answers.national();
        return new AssessmentResults(
                answers.overview(),
                framework,
                scope.themes(),
                score,
                actions,
                national == null ? null : nationalComparison(framework, scope, targets, answers.local(), national),
                answers.nationalHidden());
    }

    /** Null until a focal point has rated at least one item; divergences rank by size, then questionnaire order. */
    private static @Nullable NationalComparison nationalComparison(
            Framework framework,
            AssessmentScope scope,
            Map<String, Integer> targets,
            Map<String, SavedAnswer> local,
            Map<String, SavedAnswer> national) {
        if (national.isEmpty()) {
            return null;
        }
        List<NationalComparison.Divergence> divergences = new ArrayList<>();
        for (Theme theme : scope.themes()) {
            for (Item item : theme.items()) {
                SavedAnswer ours = local.get(item.id());
                SavedAnswer theirs = national.get(item.id());
                if (ours != null
                        && theirs != null
                        && ours.level() != null
                        && theirs.level() != null
                        && !ours.level().equals(theirs.level())) {
                    divergences.add(
                            new NationalComparison.Divergence(item.id(), theme.id(), ours.level(), theirs.level()));
                }
            }
        }
        // A stable sort keeps questionnaire order among equally large differences.
        divergences.sort(Comparator.comparingInt((NationalComparison.Divergence d) -> Math.abs(d.difference()))
                .reversed());
        return new NationalComparison(
                AssessmentScoring.score(framework, scope, targets, national), List.copyOf(divergences));
    }

    private static List<ActionSuggestion> suggestions(Theme theme, Map<String, SavedAnswer> byItem) {
        List<ActionSuggestion> suggestions = new ArrayList<>();
        for (SuggestedAction action : theme.actions()) {
            List<String> because = new ArrayList<>();
            for (String itemId : action.itemIds()) {
                SavedAnswer answer = byItem.get(itemId);
                if (answer != null && answer.level() != null && action.appliesTo(itemId, answer.level())) {
                    because.add(itemId);
                }
            }
            if (!because.isEmpty()) {
                suggestions.add(new ActionSuggestion(action, List.copyOf(because)));
            }
        }
        return suggestions;
    }

    /**
     * The anonymous peer median for the results of an assessment: the caller must be allowed to see that assessment,
     * and gets medians only, over at least {@link PeerComparison#MIN_PEERS} other consenting cities of the hub.
     */
    public PeerComparison peerMedians(long assessmentId) {
        AssessmentRef own = assessments.requireVisible(assessmentId);
        List<RoundHead> latest = roundScores.roundsByCity(directory.consentingPeers(own.cityId())).values().stream()
                .map(RoundHead::latestValidated)
                .flatMap(Optional::stream)
                .toList();
        if (latest.size() < PeerComparison.MIN_PEERS) {
            return new PeerComparison(false, latest.size(), Map.of());
        }
        Set<String> core = catalog.version(own.frameworkVersion()).coreThemes().stream()
                .map(Theme::id)
                .collect(Collectors.toSet());
        Map<String, List<Double>> perTheme = new LinkedHashMap<>();
        for (AssessmentScore score : roundScores.scores(latest).values()) {
            for (ThemeScore theme : score.themes()) {
                if (core.contains(theme.themeId()) && theme.score() != null) {
                    perTheme.computeIfAbsent(theme.themeId(), id -> new ArrayList<>())
                            .add(theme.score());
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        perTheme.forEach((themeId, values) -> {
            if (values.size() >= PeerComparison.MIN_PEERS) {
                medians.put(themeId, Median.of(values));
            }
        });
        return new PeerComparison(true, latest.size(), medians);
    }
}
