package io.nlc.portfolio;

import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.RoundHead;
import io.nlc.assessment.RoundScores;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Language;
import io.nlc.content.ThemeKind;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.HubRef;
import io.nlc.organisation.Organisation;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.PlanProgress;
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
import java.util.TreeMap;
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

    private final RoundScores roundScores;
    private final FrameworkCatalog catalog;
    private final Organisation organisation;
    private final ActionPlans plans;

    HubPortfolio(RoundScores roundScores, FrameworkCatalog catalog, Organisation organisation, ActionPlans plans) {
        this.roundScores = roundScores;
        this.catalog = catalog;
        this.organisation = organisation;
        this.plans = plans;
    }

    public HubRef hub(long hubId) {
        return organisation.requireHubPortfolio(hubId);
    }

    /**
     * The regions of the hub's cities for the region filter: the region (its Latin name, which the query filters
     * on) to its name in {@code language}, in the order of those names.
     */
    public Map<String, String> regions(long hubId, Language language) {
        Map<String, String> names = new TreeMap<>();
        organisation.citiesOfHub(hubId).forEach(city -> names.putIfAbsent(city.region(), city.region(language)));
        Map<String, String> byName = new LinkedHashMap<>();
        names.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
        return byName;
    }

    public int count(long hubId, PortfolioQuery query) {
        return (int) cities(hubId, query).count();
    }

    /**
     * One page of rows in the order asked. Only sorting by index or completeness needs every city's scores; for
     * the other orders the page is cut first and only its rounds are scored.
     */
    public List<PortfolioRow> rows(long hubId, PortfolioQuery query, int offset, int limit) {
        List<CityRef> cities = cities(hubId, query).toList();
        Map<Long, List<RoundHead>> rounds =
                roundScores.roundsByCity(cities.stream().map(CityRef::id).toList());
        Map<Long, RoundHead> shown = new HashMap<>();
        Map<Long, RoundHead> previous = new HashMap<>();
        for (CityRef city : cities) {
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
        List<CityRef> page = cities;
        if (!byScore) {
            // The order reads only city, status and last activity: rows without scores sort the same way.
            List<PortfolioRow> bare = new ArrayList<>(cities.size());
            for (CityRef city : cities) {
                bare.add(bareRow(city, shown.get(city.id())));
            }
            bare.sort(order(query));
            page = bare.subList(Math.min(offset, bare.size()), Math.min(offset + limit, bare.size())).stream()
                    .map(PortfolioRow::city)
                    .toList();
        }
        List<RoundHead> toScore = new ArrayList<>();
        for (CityRef city : page) {
            Stream.of(shown.get(city.id()), previous.get(city.id()))
                    .filter(java.util.Objects::nonNull)
                    .forEach(toScore::add);
        }
        Map<Long, AssessmentScore> scores = roundScores.scores(toScore);
        Map<Long, PlanProgress> progress = plans.hubProgress(hubId);
        List<PortfolioRow> rows = new ArrayList<>(page.size());
        for (CityRef city : page) {
            rows.add(row(city, shown.get(city.id()), previous.get(city.id()), scores)
                    .withPlan(progress.getOrDefault(city.id(), PlanProgress.NONE)));
        }
        if (!byScore) {
            return rows;
        }
        rows.sort(order(query));
        return rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
    }

    private static PortfolioRow bareRow(CityRef city, @Nullable RoundHead round) {
        return round == null
                ? new PortfolioRow(city, null, null, null, null, 0, Map.of(), Map.of(), null, null)
                : new PortfolioRow(
                        city,
                        round.id(),
                        round.roundLabel(),
                        round.status(),
                        null,
                        0,
                        Map.of(),
                        Map.of(),
                        round.updatedAt(),
                        null);
    }

    private Stream<CityRef> cities(long hubId, PortfolioQuery query) {
        return organisation.citiesOfHub(hubId).stream()
                .filter(city -> query.region() == null || query.region().equals(city.region()));
    }

    private static @Nullable RoundHead choose(List<RoundHead> rounds, PortfolioMode mode) {
        if (mode == PortfolioMode.LATEST) {
            return rounds.stream()
                    .max(Comparator.comparing(RoundHead::createdAt))
                    .orElse(null);
        }
        if (mode == PortfolioMode.LATEST_VALIDATED) {
            return RoundHead.latestValidated(rounds).orElse(null);
        }
        return rounds.stream()
                .filter(round -> round.status() != AssessmentStatus.VALIDATED)
                .max(Comparator.comparing(RoundHead::updatedAt))
                .orElse(null);
    }

    private static @Nullable RoundHead previousValidated(List<RoundHead> rounds, RoundHead chosen) {
        return rounds.stream()
                .filter(round -> round.status() == AssessmentStatus.VALIDATED
                        && round.id() != chosen.id()
                        && round.createdAt().isBefore(chosen.createdAt()))
                .max(Comparator.comparing(RoundHead::createdAt))
                .orElse(null);
    }

    private PortfolioRow row(
            CityRef city, @Nullable RoundHead round, @Nullable RoundHead before, Map<Long, AssessmentScore> scores) {
        if (round == null) {
            return new PortfolioRow(city, null, null, null, null, 0, Map.of(), Map.of(), null, null);
        }
        AssessmentScore score = scores.get(round.id());
        Set<String> core = catalog.version(round.frameworkVersion()).coreThemes().stream()
                .map(theme -> theme.id())
                .collect(Collectors.toSet());
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
        return new PortfolioRow(
                city,
                round.id(),
                round.roundLabel(),
                round.status(),
                score.index(),
                score.completeness(),
                themeScores,
                themeLevels,
                round.updatedAt(),
                trend);
    }

    private static Comparator<PortfolioRow> order(PortfolioQuery query) {
        Comparator<PortfolioRow> byName =
                Comparator.comparing(row -> row.city().name().fr());
        Comparator<PortfolioRow> primary = switch (query.sort()) {
            case CITY -> byName;
            case REGION -> Comparator.comparing(row -> row.city().region());
            case STATUS ->
                Comparator.comparing(
                        row -> row.status() == null ? -1 : row.status().ordinal());
            case INDEX -> Comparator.comparing(row -> row.index() == null ? -1 : row.index());
            case COMPLETENESS -> Comparator.comparingDouble(PortfolioRow::completeness);
            case LAST_ACTIVITY ->
                Comparator.comparing(row -> row.lastActivity() == null ? Instant.EPOCH : row.lastActivity());
        };
        return (query.descending() ? primary.reversed() : primary).thenComparing(byName);
    }

    /** The core themes of the newest framework, the heatmap's columns. */
    public List<io.nlc.content.Theme> themes() {
        return catalog.current().themes().stream()
                .filter(theme -> theme.kind() == ThemeKind.THEME)
                .toList();
    }
}
