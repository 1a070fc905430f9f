package io.nlc.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring throughput: one full assessment (6 themes and 3 modules, 51 items with a realistic mix of levels,
 * "not applicable" and "don't know"), and the national portfolio of 1,503 communes x 3 rounds.
 * Run with bin/benchmarks (see docs/benchmarks.md); never part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

    private static final int COMMUNES = 1503;
    private static final int ROUNDS = 3;

    private final Scoring scoring = new Scoring(List.of(0.0, 20.0, 40.0, 60.0, 80.0));
    private List<ThemeInput> oneAssessment;
    private List<List<ThemeInput>> portfolio;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        oneAssessment = assessment(random);
        portfolio = new ArrayList<>();
        for (int i = 0; i < COMMUNES * ROUNDS; i++) {
            portfolio.add(assessment(random));
        }
    }

    private static List<ThemeInput> assessment(Random random) {
        List<ThemeInput> themes = new ArrayList<>();
        for (int theme = 0; theme < 9; theme++) {
            List<ItemAnswer> items = new ArrayList<>();
            int count = theme < 6 ? 6 : 5;
            for (int item = 0; item < count; item++) {
                String id = "T" + theme + "." + item;
                double weight = 1 + random.nextInt(3);
                int roll = random.nextInt(20);
                items.add(
                        roll == 0
                                ? ItemAnswer.of(id, weight, AnswerState.NOT_APPLICABLE)
                                : roll == 1
                                        ? ItemAnswer.of(id, weight, AnswerState.DONT_KNOW)
                                        : roll == 2
                                                ? ItemAnswer.of(id, weight, AnswerState.UNANSWERED)
                                                : ItemAnswer.level(id, weight, random.nextInt(5)));
            }
            themes.add(new ThemeInput("T" + theme, 1, theme < 6, 3, items));
        }
        return themes;
    }

    /** Assessments scored per second. */
    @Benchmark
    public AssessmentScore scoreOneAssessment() {
        return scoring.score(oneAssessment);
    }

    /** Whole national portfolios (4,509 assessments) scored per second. */
    @Benchmark
    public double scoreNationalPortfolio() {
        double sum = 0;
        for (List<ThemeInput> assessment : portfolio) {
            Double index = scoring.score(assessment).index();
            sum += index == null ? 0 : index;
        }
        return sum;
    }
}
