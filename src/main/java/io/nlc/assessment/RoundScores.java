package io.nlc.assessment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.nlc.content.Framework;
import io.nlc.content.FrameworkCatalog;
import io.nlc.scoring.AssessmentScore;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds read with no access check: the city's own scores of many rounds at once, for the hub portfolio and the
 * anonymous peer figures, and one round for the workshop, whose rater accounts may not see the city yet reach the
 * items opened to them. Its callers decide what the signed-in user may see, which is why it is a named interface of
 * its own that screens cannot reach.
 */
@NamedInterface("scores")
@Service
@Transactional(readOnly = true)
public class RoundScores {

    static final int CACHE_LIMIT = 50_000;

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final FrameworkCatalog catalog;
    /**
     * Scores by round id, valid while the round's {@code updatedAt} is the one they were computed at: every change to
     * a round's own answers or targets moves it (national ratings do not count here). Per instance; a stale entry is
     * only ever recomputed, never shown.
     */
    private final Cache<Long, CachedScore> cache =
            Caffeine.newBuilder().maximumSize(CACHE_LIMIT).build();

    private record CachedScore(Instant updatedAt, AssessmentScore score) {}

    RoundScores(AssessmentRepository assessments, AnswerRepository answers, FrameworkCatalog catalog) {
        this.assessments = assessments;
        this.answers = answers;
        this.catalog = catalog;
    }

    /** One round, for a caller that checks access its own way; everyone else uses {@code requireVisible}. */
    public Optional<AssessmentRef> round(long assessmentId) {
        return assessments
                .findById(assessmentId)
                .map(assessment -> assessment.ref(catalog.version(assessment.frameworkVersion())));
    }

    /** The rounds of the cities by city; no query for none (an empty IN list is not valid everywhere). */
    public Map<Long, List<RoundHead>> roundsByCity(Collection<Long> cityIds) {
        return cityIds.isEmpty()
                ? Map.of()
                : assessments.findHeadsByCityIdIn(cityIds).stream().collect(Collectors.groupingBy(RoundHead::cityId));
    }

    /**
     * Scores many rounds: from the cache where a round has not changed since it was scored, otherwise with one query
     * for the rounds' settings and one for all their answers.
     */
    public Map<Long, AssessmentScore> scores(Collection<RoundHead> rounds) {
        Map<Long, AssessmentScore> scores = new HashMap<>();
        Map<Long, Instant> changedAt = new HashMap<>();
        for (RoundHead round : rounds) {
            CachedScore cached = cache.getIfPresent(round.id());
            if (cached != null && cached.updatedAt().equals(round.updatedAt())) {
                scores.put(round.id(), cached.score());
            } else {
                changedAt.put(round.id(), round.updatedAt());
            }
        }
        if (changedAt.isEmpty()) {
            return scores;
        }
        Set<Long> ids = changedAt.keySet();
        Map<Long, Map<String, AnswerLevel>> byRound =
                answers.findLevelsByAssessmentIdIn(ids, Perspective.LOCAL).stream()
                        .collect(Collectors.groupingBy(
                                AnswerLevel::assessmentId, Collectors.toMap(AnswerLevel::itemId, Function.identity())));
        for (Assessment round : assessments.findWithSettingsByIdIn(ids)) {
            Framework framework = catalog.version(round.frameworkVersion());
            AssessmentScore score = AssessmentScoring.score(
                    round,
                    framework,
                    AssessmentScoring.scope(round, framework),
                    byRound.getOrDefault(round.id(), Map.of()));
            scores.put(round.id(), score);
            cache.put(round.id(), new CachedScore(changedAt.get(round.id()), score));
        }
        return scores;
    }
}
