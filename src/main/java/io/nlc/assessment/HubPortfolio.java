package io.nlc.assessment;

import io.nlc.content.Framework;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.ThemeKind;
import io.nlc.organisation.CityView;
import io.nlc.organisation.HubView;
import io.nlc.organisation.Organisation;
import io.nlc.scoring.AssessmentScore;
import io.nlc.scoring.ThemeScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub portfolio: every city of a hub with its latest validated (or in-progress) round, scored theme by theme,
 * with a trend against the previous validated round. For the hub's advisors and administrators only. Rows are
 * computed per request and paged, so no session keeps a copy of the whole table.
 */
@Service
@Transactional(readOnly = true)
public class HubPortfolio {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final FrameworkCatalog catalog;
    private final Organisation organisation;
    /**
     * Scores by round id, valid while the round's {@code updatedAt} is the one they were computed at: every change
     * to a round's own answers or targets touches it (national ratings do not count here). Bounded, and per
     * instance; a stale entry is only ever recomputed, never shown.
     */
    private final Map<Long, CachedScore> scoreCache = new ConcurrentHashMap<>();

    static final int SCORE_CACHE_LIMIT = 50_000;

    private record CachedScore(Instant updatedAt, AssessmentScore score) {
    }

    HubPortfolio(AssessmentRepository assessments, AnswerRepository answers, FrameworkCatalog catalog,
                 Organisation organisation) {
        this.assessments = assessments;
        this.answers = answers;
        this.catalog = catalog;
        this.organisation = organisation;
    }

    public HubView hub(long hubId) {
        return organisation.requireHubPortfolio(hubId);
    }

    /** The regions of the hub's cities, for the region filter. */
    public List<String> regions(long hubId) {
        return organisation.citiesOfHub(hubId).stream().map(CityView::region).distinct().sorted().toList();
    }

    public int count(long hubId, PortfolioQuery query) {
        return (int) cities(hubId, query).count();
    }

    /**
     * One page of rows in the order asked. Only sorting by index or completeness needs every city's scores; for
     * the other orders the page is cut first and only its rounds are scored.
     */
    public List<PortfolioRow> rows(long hubId, PortfolioQuery query, int offset, int limit) {
        List<CityView> cities = cities(hubId, query).toList();
        Map<Long, List<RoundHead>> rounds = heads(cities.stream().map(CityView::id).toList());
        Map<Long, RoundHead> shown = new HashMap<>();
        Map<Long, RoundHead> previous = new HashMap<>();
        for (CityView city : cities) {
            List<RoundHead> cityRounds = rounds.getOrDefault(city.id(), List.of());
            RoundHead chosen = choose(cityRounds, query.mode());
            if (chosen != null) {
                shown.put(city.id(), chosen);
                RoundHead before = previousValidated(cityRounds, chosen);
                if (before != null) {
                    previous.put(city.id(), before);
                }
            }
        }
        boolean byScore = query.sort() == PortfolioQuery.Sort.INDEX || query.sort() == PortfolioQuery.Sort.COMPLETENESS;
        List<CityView> page = cities;
        if (!byScore) {
            // The order reads only city, status and last activity: rows without scores sort the same way.
            List<PortfolioRow> bare = new ArrayList<>(cities.size());
            for (CityView city : cities) {
                bare.add(bareRow(city, shown.get(city.id())));
            }
            bare.sort(order(query));
            page = bare.subList(Math.min(offset, bare.size()), Math.min(offset + limit, bare.size())).stream()
                    .map(PortfolioRow::city).toList();
        }
        List<RoundHead> toScore = new ArrayList<>();
        for (CityView city : page) {
            Stream.of(shown.get(city.id()), previous.get(city.id())).filter(java.util.Objects::nonNull)
                    .forEach(toScore::add);
        }
        Map<Long, AssessmentScore> scores = score(toScore);
        List<PortfolioRow> rows = new ArrayList<>(page.size());
        for (CityView city : page) {
            rows.add(row(city, shown.get(city.id()), previous.get(city.id()), scores));
        }
        if (!byScore) {
            return rows;
        }
        rows.sort(order(query));
        return rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
    }

    /** The rounds of the cities by city; no query for none (an empty IN list is not valid everywhere). */
    private Map<Long, List<RoundHead>> heads(List<Long> cityIds) {
        return cityIds.isEmpty() ? Map.of() : assessments.findHeadsByCityIdIn(cityIds).stream()
                .collect(Collectors.groupingBy(RoundHead::cityId));
    }

    private static PortfolioRow bareRow(CityView city, @Nullable RoundHead round) {
        return round == null ? new PortfolioRow(city, null, null, null, null, 0, Map.of(), Map.of(), null, null)
                : new PortfolioRow(city, round.id(), round.roundLabel(), round.status(), null, 0, Map.of(), Map.of(),
                round.updatedAt(), null);
    }

    private Stream<CityView> cities(long hubId, PortfolioQuery query) {
        return organisation.citiesOfHub(hubId).stream()
                .filter(city -> query.region() == null || query.region().equals(city.region()));
    }

    private static @Nullable RoundHead choose(List<RoundHead> rounds, PortfolioMode mode) {
        if (mode == PortfolioMode.LATEST) {
            return rounds.stream().max(Comparator.comparing(RoundHead::createdAt)).orElse(null);
        }
        Stream<RoundHead> candidates = rounds.stream().filter(round -> mode == PortfolioMode.LATEST_VALIDATED
                ? round.status() == AssessmentStatus.VALIDATED : round.status() != AssessmentStatus.VALIDATED);
        return candidates.max(Comparator.comparing(round -> mode == PortfolioMode.LATEST_VALIDATED
                ? round.createdAt() : round.updatedAt())).orElse(null);
    }

    private static @Nullable RoundHead previousValidated(List<RoundHead> rounds, RoundHead chosen) {
        return rounds.stream()
                .filter(round -> round.status() == AssessmentStatus.VALIDATED && round.id() != chosen.id()
                        && round.createdAt().isBefore(chosen.createdAt()))
                .max(Comparator.comparing(RoundHead::createdAt)).orElse(null);
    }

    /**
     * Scores many rounds: from the cache where a round has not changed since it was scored, otherwise with one
     * query for the rounds' settings and one for all their answers.
     */
    private Map<Long, AssessmentScore> score(List<RoundHead> heads) {
        Map<Long, AssessmentScore> scores = new HashMap<>();
        Map<Long, Instant> changedAt = new HashMap<>();
        for (RoundHead head : heads) {
            CachedScore cached = scoreCache.get(head.id());
            if (cached != null && cached.updatedAt().equals(head.updatedAt())) {
                scores.put(head.id(), cached.score());
            } else {
                changedAt.put(head.id(), head.updatedAt());
            }
        }
        if (changedAt.isEmpty()) {
            return scores;
        }
        Set<Long> ids = changedAt.keySet();
        List<Assessment> rounds = assessments.findWithSettingsByIdIn(ids);
        Map<Long, Map<String, AnswerLevel>> byRound = answers.findLevelsByAssessmentIdIn(ids, Perspective.LOCAL)
                .stream()
                .collect(Collectors.groupingBy(AnswerLevel::assessmentId,
                        Collectors.toMap(AnswerLevel::itemId, Function.identity())));
        if (scoreCache.size() > SCORE_CACHE_LIMIT) {
            scoreCache.clear();
        }
        for (Assessment round : rounds) {
            Framework framework = catalog.version(round.frameworkVersion());
            AssessmentScore score = AssessmentScoring.score(round, framework, AssessmentScoring.scope(round, framework),
                    byRound.getOrDefault(round.id(), Map.of()));
            scores.put(round.id(), score);
            scoreCache.put(round.id(), new CachedScore(changedAt.get(round.id()), score));
        }
        return scores;
    }

    private PortfolioRow row(CityView city, @Nullable RoundHead round, @Nullable RoundHead before,
                             Map<Long, AssessmentScore> scores) {
        if (round == null) {
            return new PortfolioRow(city, null, null, null, null, 0, Map.of(), Map.of(), null, null);
        }
        AssessmentScore score = scores.get(round.id());
        Set<String> core = catalog.version(round.frameworkVersion()).coreThemes().stream()
                .map(theme -> theme.id()).collect(Collectors.toSet());
        Map<String, Double> themeScores = new LinkedHashMap<>();
        Map<String, Integer> themeLevels = new LinkedHashMap<>();
        for (ThemeScore theme : score.themes()) {
            if (core.contains(theme.themeId()) && theme.score() != null && theme.maturity() != null) {
                themeScores.put(theme.themeId(), theme.score());
                themeLevels.put(theme.themeId(), theme.maturity());
            }
        }
        Double trend = null;
        if (before != null && score.index() != null && scores.get(before.id()).index() != null) {
            trend = score.index() - scores.get(before.id()).index();
        }
        return new PortfolioRow(city, round.id(), round.roundLabel(), round.status(), score.index(),
                score.completeness(), themeScores, themeLevels, round.updatedAt(), trend);
    }

    private static Comparator<PortfolioRow> order(PortfolioQuery query) {
        Comparator<PortfolioRow> byName = Comparator.comparing(row -> row.city().name().fr());
        Comparator<PortfolioRow> primary = switch (query.sort()) {
            case CITY -> byName;
            case REGION -> Comparator.comparing(row -> row.city().region());
            case STATUS -> Comparator.comparing(row -> row.status() == null ? -1 : row.status().ordinal());
            case INDEX -> Comparator.comparing(row -> row.index() == null ? -1 : row.index());
            case COMPLETENESS -> Comparator.comparingDouble(PortfolioRow::completeness);
            case LAST_ACTIVITY -> Comparator.comparing(row -> row.lastActivity() == null ? Instant.EPOCH
                    : row.lastActivity());
        };
        return (query.descending() ? primary.reversed() : primary).thenComparing(byName);
    }

    /**
     * The anonymous peer median for the results of an assessment: the caller must be allowed to see that assessment,
     * and gets medians only, over at least {@link PeerComparison#MIN_PEERS} other consenting cities of the hub.
     */
    public PeerComparison peerMedians(long assessmentId) {
        Assessment own = assessments.findById(assessmentId)
                .orElseThrow(() -> new AssessmentNotFoundException(assessmentId));
        organisation.requireView(own.cityId());
        List<Long> peers = organisation.consentingPeers(own.cityId());
        Map<Long, List<RoundHead>> rounds = heads(peers);
        List<RoundHead> latest = rounds.values().stream()
                .map(cityRounds -> choose(cityRounds, PortfolioMode.LATEST_VALIDATED))
                .filter(java.util.Objects::nonNull).toList();
        if (latest.size() < PeerComparison.MIN_PEERS) {
            return new PeerComparison(false, latest.size(), Map.of());
        }
        Map<Long, AssessmentScore> scores = score(latest);
        Map<String, List<Double>> perTheme = new LinkedHashMap<>();
        Set<String> core = catalog.version(own.frameworkVersion()).coreThemes().stream().map(theme -> theme.id())
                .collect(Collectors.toSet());
        for (AssessmentScore score : scores.values()) {
            for (ThemeScore theme : score.themes()) {
                if (core.contains(theme.themeId()) && theme.score() != null) {
                    perTheme.computeIfAbsent(theme.themeId(), id -> new ArrayList<>()).add(theme.score());
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        perTheme.forEach((themeId, values) -> {
            if (values.size() >= PeerComparison.MIN_PEERS) {
                medians.put(themeId, median(values));
            }
        });
        return new PeerComparison(true, latest.size(), medians);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The core themes of the newest framework, the heatmap's columns. */
    public List<io.nlc.content.Theme> themes() {
        return catalog.current().themes().stream().filter(theme -> theme.kind() == ThemeKind.THEME).toList();
    }
}
