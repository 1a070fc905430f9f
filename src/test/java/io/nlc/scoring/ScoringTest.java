package io.nlc.scoring;

import static io.nlc.scoring.ItemAnswer.level;
import static io.nlc.scoring.ItemAnswer.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Expected values are worked out by hand in the comments; scoring follows docs/scoring.md. */
class ScoringTest {

    private static final Offset<Double> EPS = within(1e-9);
    private final Scoring scoring = new Scoring(List.of(0.0, 20.0, 40.0, 60.0, 80.0));

    @Test
    void weightedThemeScoreGapAndPriority() {
        // levels 4, 2, 0 with weights 1, 2, 3: (4 + 4 + 0) / 6 = 1.3333 -> score 33.33, band 20..40 = level 1
        // gap 3 - 1.3333 = 1.6667; one of three answered items at level 0-1 -> priority 1.6667 x 1 x (1 + 1/3)
        ThemeScore theme = scoring.scoreTheme(
                new ThemeInput("T1", 1, true, 3, List.of(level("a", 1, 4), level("b", 2, 2), level("c", 3, 0))));
        assertThat(theme.score()).isCloseTo(100.0 / 3, EPS);
        assertThat(theme.maturity()).isEqualTo(1);
        assertThat(theme.currentLevel()).isCloseTo(4.0 / 3, EPS);
        assertThat(theme.gap()).isCloseTo(5.0 / 3, EPS);
        assertThat(theme.lowItems()).isEqualTo(1);
        assertThat(theme.priority()).isCloseTo(5.0 / 3 * 4.0 / 3, EPS);
        assertThat(theme.completeness()).isEqualTo(1.0);
    }

    @Test
    void notApplicableItemsAreLeftOut() {
        // levels 3 (w1) and 1 (w2), the w1 item in between is not applicable: (3 + 2) / 3 = 1.6667 -> 41.67, level 2
        ThemeScore theme = scoring.scoreTheme(new ThemeInput(
                "T1", 1, true, 3, List.of(level("a", 1, 3), of("b", 1, AnswerState.NOT_APPLICABLE), level("c", 2, 1))));
        assertThat(theme.score()).isCloseTo(500.0 / 12, EPS);
        assertThat(theme.maturity()).isEqualTo(2);
        assertThat(theme.applicable()).isEqualTo(2);
        assertThat(theme.notApplicable()).isEqualTo(1);
        assertThat(theme.completeness()).isEqualTo(1.0);
    }

    @Test
    void dontKnowCountsAsUnansweredAndIsCountedApart() {
        // one level 2, one don't know, one unanswered, one not applicable: score 50, completeness 1 / 3
        ThemeScore theme = scoring.scoreTheme(new ThemeInput(
                "T1",
                1,
                true,
                2,
                List.of(
                        level("a", 1, 2),
                        of("b", 1, AnswerState.DONT_KNOW),
                        of("c", 1, AnswerState.UNANSWERED),
                        of("d", 1, AnswerState.NOT_APPLICABLE))));
        assertThat(theme.score()).isCloseTo(50.0, EPS);
        assertThat(theme.answered()).isEqualTo(1);
        assertThat(theme.applicable()).isEqualTo(3);
        assertThat(theme.dontKnow()).isEqualTo(1);
        assertThat(theme.completeness()).isCloseTo(1.0 / 3, EPS);
        assertThat(theme.gap()).isCloseTo(0.0, EPS);
    }

    @Test
    void allNotApplicableHasNoScoreAndNothingLeftToAnswer() {
        ThemeScore theme = scoring.scoreTheme(new ThemeInput(
                "T1",
                1,
                true,
                3,
                List.of(of("a", 1, AnswerState.NOT_APPLICABLE), of("b", 2, AnswerState.NOT_APPLICABLE))));
        assertThat(theme.score()).isNull();
        assertThat(theme.maturity()).isNull();
        assertThat(theme.gap()).isNull();
        assertThat(theme.priority()).isNull();
        assertThat(theme.applicable()).isZero();
        assertThat(theme.completeness()).isEqualTo(1.0);
    }

    @Test
    void emptyThemeHasNoScore() {
        ThemeScore theme = scoring.scoreTheme(new ThemeInput("T1", 1, true, 3, List.of()));
        assertThat(theme.score()).isNull();
        assertThat(theme.items()).isZero();
        assertThat(theme.completeness()).isEqualTo(1.0);
    }

    @Test
    void allDontKnowHasNoScoreAndZeroCompleteness() {
        ThemeScore theme = scoring.scoreTheme(new ThemeInput(
                "T1", 1, true, 3, List.of(of("a", 1, AnswerState.DONT_KNOW), of("b", 1, AnswerState.DONT_KNOW))));
        assertThat(theme.score()).isNull();
        assertThat(theme.dontKnow()).isEqualTo(2);
        assertThat(theme.completeness()).isZero();
    }

    @Test
    void overallIndexIsTheWeightedMeanOfCoreThemesOnly() {
        // T1: 33.33 (weight 1), T2: levels 3,3 -> 75 (weight 2), module M1: 100 but not in the index
        // index = (33.33 + 2 x 75) / 3 = 61.11 -> level 3; completeness: 6 answered of 7 applicable
        AssessmentScore score = scoring.score(List.of(
                new ThemeInput("T1", 1, true, 3, List.of(level("a", 1, 4), level("b", 2, 2), level("c", 3, 0))),
                new ThemeInput(
                        "T2",
                        2,
                        true,
                        3,
                        List.of(level("d", 1, 3), level("e", 1, 3), of("f", 1, AnswerState.UNANSWERED))),
                new ThemeInput("M1", 1, false, 3, List.of(level("g", 1, 4)))));
        assertThat(score.index()).isCloseTo((100.0 / 3 + 150) / 3, EPS);
        assertThat(score.maturity()).isEqualTo(3);
        assertThat(score.answered()).isEqualTo(6);
        assertThat(score.applicable()).isEqualTo(7);
        assertThat(score.completeness()).isCloseTo(6.0 / 7, EPS);
    }

    @Test
    void prioritiesRankByGapWeightAndLowItems() {
        // X: level 1 -> gap 2, weight 1, all items low -> 2 x 1 x 2 = 4
        // Y: levels 2, 1 -> mean 1.5, gap 1.5, weight 2, half low -> 1.5 x 2 x 1.5 = 4.5  (first)
        // Z: level 4 -> no gap, not ranked; W: nothing answered, not ranked
        AssessmentScore score = scoring.score(List.of(
                new ThemeInput("X", 1, true, 3, List.of(level("x", 1, 1))),
                new ThemeInput("Y", 2, true, 3, List.of(level("y1", 1, 2), level("y2", 1, 1))),
                new ThemeInput("Z", 1, true, 3, List.of(level("z", 1, 4))),
                new ThemeInput("W", 1, true, 3, List.of(of("w", 1, AnswerState.UNANSWERED)))));
        assertThat(score.priorities()).extracting(ThemeScore::themeId).containsExactly("Y", "X");
        assertThat(score.priorities().getFirst().priority()).isCloseTo(4.5, EPS);
        assertThat(score.priorities().get(1).priority()).isCloseTo(4.0, EPS);
        assertThat(score.themes().get(2).gap()).isEqualTo(0.0);
    }

    @Test
    void nothingAnsweredAnywhereHasNoIndex() {
        AssessmentScore score =
                scoring.score(List.of(new ThemeInput("T1", 1, true, 3, List.of(of("a", 1, AnswerState.UNANSWERED)))));
        assertThat(score.index()).isNull();
        assertThat(score.maturity()).isNull();
        assertThat(score.completeness()).isZero();
        assertThat(score.priorities()).isEmpty();
    }

    @Test
    void bandBoundariesBelongToTheHigherLevel() {
        assertThat(scoring.maturity(0)).isZero();
        assertThat(scoring.maturity(19.99)).isZero();
        assertThat(scoring.maturity(20)).isEqualTo(1);
        assertThat(scoring.maturity(79.99)).isEqualTo(3);
        assertThat(scoring.maturity(80)).isEqualTo(4);
        assertThat(scoring.maturity(100)).isEqualTo(4);
    }

    @Test
    void sameAnswersAlwaysGiveTheSameScore() {
        List<ThemeInput> input = List.of(new ThemeInput(
                "T1", 1.5, true, 4, List.of(level("a", 2, 1), level("b", 1, 3), of("c", 1, AnswerState.DONT_KNOW))));
        assertThat(scoring.score(input)).isEqualTo(scoring.score(input));
    }

    @Test
    void inconsistentInputIsRefused() {
        assertThatThrownBy(() -> new ItemAnswer("a", 0, AnswerState.LEVEL, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemAnswer("a", 1, AnswerState.LEVEL, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemAnswer("a", 1, AnswerState.DONT_KNOW, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> level("a", 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThemeInput("T", 1, true, 5, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scoring(List.of(0.0, 50.0))).isInstanceOf(IllegalArgumentException.class);
    }
}
