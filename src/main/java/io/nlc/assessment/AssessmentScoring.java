package io.nlc.assessment;

import io.nlc.content.Framework;
import io.nlc.content.Item;
import io.nlc.content.Theme;
import io.nlc.content.ThemeKind;
import io.nlc.scoring.AnswerState;
import io.nlc.scoring.AssessmentScore;
import io.nlc.scoring.ItemAnswer;
import io.nlc.scoring.Scoring;
import io.nlc.scoring.ThemeInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns answers and the pinned content into scoring input: shared by results, the portfolio and peer figures. */
public final class AssessmentScoring {

    private AssessmentScoring() {}

    /** Scores one set of answers (the city's or the national one) against the assessment's targets. */
    public static AssessmentScore score(
            Framework framework,
            AssessmentScope scope,
            Map<String, Integer> targets,
            Map<String, ? extends ScoredAnswer> byItem) {
        Scoring scoring =
                new Scoring(framework.bands().stream().map(band -> band.from()).toList());
        List<ThemeInput> inputs = new ArrayList<>();
        for (Theme theme : scope.themes()) {
            List<ItemAnswer> items = new ArrayList<>();
            for (Item item : theme.items()) {
                ScoredAnswer answer = byItem.get(item.id());
                AnswerState state = answer == null ? AnswerState.UNANSWERED : answer.state();
                items.add(new ItemAnswer(
                        item.id(),
                        item.weight(),
                        state,
                        state == AnswerState.LEVEL && answer != null ? answer.level() : null));
            }
            inputs.add(new ThemeInput(
                    theme.id(),
                    theme.weight(),
                    theme.kind() == ThemeKind.THEME,
                    targets.getOrDefault(theme.id(), theme.defaultTarget()),
                    items));
        }
        return scoring.score(inputs);
    }

    static AssessmentScore score(
            Assessment assessment,
            Framework framework,
            AssessmentScope scope,
            Map<String, ? extends ScoredAnswer> byItem) {
        return score(framework, scope, assessment.targets(), byItem);
    }

    /** The themes of the assessment with only the items of its tier. */
    static AssessmentScope scope(Assessment assessment, Framework framework) {
        List<Theme> themes = new ArrayList<>();
        for (Theme theme : framework.themesInScope(assessment.modules())) {
            themes.add(new Theme(
                    theme.id(),
                    theme.kind(),
                    theme.weight(),
                    theme.defaultTarget(),
                    theme.name(),
                    theme.description(),
                    theme.itemsFor(assessment.tier()),
                    theme.actions()));
        }
        return new AssessmentScope(themes);
    }
}
