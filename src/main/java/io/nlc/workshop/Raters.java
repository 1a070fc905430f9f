package io.nlc.workshop;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentRef;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.RoundScores;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.LocalizedText;
import io.nlc.content.Theme;
import io.nlc.kernel.PlainText;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Directory;
import io.nlc.organisation.NotVisibleException;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import io.nlc.organisation.TeamMember;
import io.nlc.scoring.AnswerState;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several raters, one agreed score. The coordinator opens themes or items of a round to raters: team members, or
 * stakeholders the city invited with rater accounts. Each rater rates on their own and sees the others' ratings only
 * once they have given theirs. The coordinator then records the agreed level, which is saved as the round's answer
 * (so only it counts in the scores), and why. A coordinator who answers alone never meets any of this.
 *
 * <p>Access. Rater accounts see nothing of the city ({@link Organisation} refuses them): they reach only the items on
 * their panels, through {@link RoundScores#round}, and only while the round is a draft, since a submitted round is the
 * team's word. Team members on a panel rate while the round is editable; until they have rated an item, its other
 * ratings are hidden from them too. Everyone else who may see the round sees the panels and spreads.
 */
@Service
@Transactional
public class Raters {

    static final int MAX_REASON = 2000;

    private final ItemRaterRepository panels;
    private final ItemRatingRepository ratings;
    private final ItemAgreementRepository agreements;
    private final AssessmentService assessments;
    private final RoundScores rounds;
    private final FrameworkCatalog catalog;
    private final Organisation organisation;
    private final Directory directory;
    private final TransactionTemplate writeTransaction;
    private final WorkshopSignals signals;
    private final Clock clock;

    Raters(
            ItemRaterRepository panels,
            ItemRatingRepository ratings,
            ItemAgreementRepository agreements,
            AssessmentService assessments,
            RoundScores rounds,
            FrameworkCatalog catalog,
            Organisation organisation,
            Directory directory,
            PlatformTransactionManager transactionManager,
            WorkshopSignals signals,
            Clock clock) {
        this.panels = panels;
        this.ratings = ratings;
        this.agreements = agreements;
        this.assessments = assessments;
        this.rounds = rounds;
        this.catalog = catalog;
        this.organisation = organisation;
        this.directory = directory;
        this.writeTransaction = new TransactionTemplate(transactionManager);
        this.signals = signals;
        this.clock = clock;
    }

    /** The people the coordinator can open items of the round to: its team and the city's rater accounts. */
    @Transactional(readOnly = true)
    public List<TeamMember> possibleRaters(long assessmentId) {
        return organisation.possibleRaters(
                assessments.requireVisible(assessmentId).cityId());
    }

    /**
     * Opens themes (all their items in the round's scope) or single items of a round to raters; the coordinator only,
     * while the round is editable. Rater accounts only while it is a draft. Opening again adds, never removes.
     */
    public void open(long assessmentId, Collection<String> themeOrItemIds, Collection<Long> raterIds) {
        AssessmentRef round = assessments.requireVisible(assessmentId);
        CurrentUser coordinator = organisation.requireCoordinate(round.cityId());
        if (!round.status().editable()) {
            throw new InvalidRatingException("round", "rating.error.closed");
        }
        if (themeOrItemIds.isEmpty()) {
            throw new InvalidRatingException("items", "rating.error.no-items");
        }
        if (raterIds.isEmpty()) {
            throw new InvalidRatingException("raters", "rating.error.no-raters");
        }
        Set<String> items = new LinkedHashSet<>();
        for (String id : themeOrItemIds) {
            List<Item> found = itemsOf(round, id);
            if (found.isEmpty()) {
                throw new InvalidRatingException("items", "rating.error.item");
            }
            found.forEach(item -> items.add(item.id()));
        }
        Map<Long, TeamMember> possible = organisation.possibleRaters(round.cityId()).stream()
                .collect(Collectors.toMap(TeamMember::id, Function.identity()));
        if (!possible.keySet().containsAll(raterIds)) {
            throw new InvalidRatingException("raters", "rating.error.rater");
        }
        if (round.status() != AssessmentStatus.DRAFT
                && raterIds.stream().anyMatch(id -> possible.get(id).role() == Role.RATER)) {
            throw new InvalidRatingException("raters", "rating.error.rater-after-submit");
        }
        Instant now = now();
        for (String itemId : items) {
            for (long raterId : raterIds) {
                ItemRater.Key key = new ItemRater.Key(assessmentId, itemId, raterId);
                if (!panels.existsById(key)) {
                    panels.save(new ItemRater(key, coordinator.id(), now));
                }
            }
        }
    }

    /** Takes a rater off an item's panel, as long as they have not rated it; the coordinator only. */
    public void remove(long assessmentId, String itemId, long raterId) {
        AssessmentRef round = assessments.requireVisible(assessmentId);
        organisation.requireCoordinate(round.cityId());
        if (ratings.findByAssessmentIdAndItemIdAndRaterId(assessmentId, itemId, raterId)
                .isPresent()) {
            throw new InvalidRatingException("raters", "rating.error.already-rated");
        }
        panels.deleteById(new ItemRater.Key(assessmentId, itemId, raterId));
    }

    /**
     * The items of the round opened to raters, in questionnaire order, for anyone who may see the round. The spread of
     * an item the reader must rate and has not yet is left out.
     */
    @Transactional(readOnly = true)
    public Map<String, PanelItem> panel(long assessmentId) {
        AssessmentRef round = assessments.requireVisible(assessmentId);
        CurrentUser me = organisation.currentUser();
        Map<String, List<ItemRater>> byItem =
                panels.findByKeyAssessmentId(assessmentId).stream().collect(Collectors.groupingBy(ItemRater::itemId));
        Map<String, List<ItemRating>> ratingsByItem =
                ratings.findByAssessmentId(assessmentId).stream().collect(Collectors.groupingBy(ItemRating::itemId));
        Map<String, ItemAgreement> agreed = agreements.findByKeyAssessmentId(assessmentId).stream()
                .collect(Collectors.toMap(ItemAgreement::itemId, Function.identity()));
        Map<Long, String> names = new HashMap<>();
        Map<String, PanelItem> result = new LinkedHashMap<>();
        for (Item item : items(round)) {
            List<ItemRater> raters = byItem.get(item.id());
            if (raters == null) {
                continue;
            }
            List<ItemRating> given = ratingsByItem.getOrDefault(item.id(), List.of());
            Set<Long> rated = given.stream().map(ItemRating::raterId).collect(Collectors.toSet());
            boolean hidden = raters.stream().anyMatch(rater -> rater.raterId() == me.id()) && !rated.contains(me.id());
            ItemAgreement agreement = agreed.get(item.id());
            result.put(
                    item.id(),
                    new PanelItem(
                            item.id(),
                            raters.stream()
                                    .map(rater -> new PanelItem.Rater(
                                            rater.raterId(),
                                            name(rater.raterId(), names),
                                            rated.contains(rater.raterId())))
                                    .sorted(Comparator.comparing(PanelItem.Rater::name))
                                    .toList(),
                            hidden ? null : spread(item.id(), given, names),
                            agreement == null
                                    ? null
                                    : new PanelItem.Agreement(
                                            agreement.reason(),
                                            name(agreement.agreedBy(), names),
                                            agreement.agreedAt())));
        }
        return result;
    }

    /** The items the signed-in person was asked to rate and still may, round by round in questionnaire order. */
    @Transactional(readOnly = true)
    public List<RaterTask> myTasks() {
        CurrentUser me = organisation.currentUser();
        Map<Long, List<ItemRater>> byRound = panels.findByKeyRaterId(me.id()).stream()
                .collect(Collectors.groupingBy(ItemRater::assessmentId, LinkedHashMap::new, Collectors.toList()));
        if (byRound.isEmpty()) {
            return List.of();
        }
        Map<String, ItemRating> mine = new HashMap<>();
        ratings.findByRaterIdAndAssessmentIdIn(me.id(), byRound.keySet())
                .forEach(rating -> mine.put(rating.assessmentId() + "/" + rating.itemId(), rating));
        Map<Long, String> names = new HashMap<>();
        List<RaterTask> tasks = new ArrayList<>();
        for (var entry : byRound.entrySet()) {
            Optional<AssessmentRef> found = rounds.round(entry.getKey());
            if (found.isEmpty() || !openTo(me, found.get())) {
                continue;
            }
            AssessmentRef round = found.get();
            Set<String> asked = entry.getValue().stream().map(ItemRater::itemId).collect(Collectors.toSet());
            for (Item item : items(round)) {
                if (asked.contains(item.id())) {
                    tasks.add(task(me, round, item, mine.get(round.id() + "/" + item.id()), names));
                }
            }
        }
        return tasks;
    }

    /** One item the signed-in person was asked to rate. */
    @Transactional(readOnly = true)
    public RaterTask task(long assessmentId, String itemId) {
        CurrentUser me = organisation.currentUser();
        AssessmentRef round = requireRater(me, assessmentId, itemId);
        Item item = item(round, itemId);
        return task(
                me,
                round,
                item,
                ratings.findByAssessmentIdAndItemIdAndRaterId(assessmentId, itemId, me.id())
                        .orElse(null),
                new HashMap<>());
    }

    /**
     * Saves the signed-in rater's own rating of an item, from the version they started from ({@code -1} for none).
     * A rating changed meanwhile (in another window) is refused, nothing saved.
     */
    public RatingEntry rate(long assessmentId, String itemId, RatingDraft draft, long expectedVersion) {
        InvalidRatingException problem = draft.problem();
        if (problem != null) {
            throw problem;
        }
        CurrentUser me = organisation.currentUser();
        requireRater(me, assessmentId, itemId);
        Optional<ItemRating> existing = ratings.findByAssessmentIdAndItemIdAndRaterId(assessmentId, itemId, me.id());
        if (existing.map(ItemRating::version).orElse(-1L) != expectedVersion) {
            throw new InvalidRatingException("level", "rating.error.changed");
        }
        Instant now = now();
        ItemRating rating = existing.orElseGet(() -> new ItemRating(assessmentId, itemId, me.id(), now));
        rating.apply(draft, now);
        ItemRating saved = ratings.saveAndFlush(rating);
        signals.changed(assessmentId);
        return entry(saved, new HashMap<>());
    }

    /**
     * The spread of an item's ratings. A rater of the item sees it only once they have rated it (refused with field
     * {@code ratings} before); everyone else who may see the round sees it.
     */
    @Transactional(readOnly = true)
    public ItemSpread spread(long assessmentId, String itemId) {
        CurrentUser me = organisation.currentUser();
        if (panels.existsById(new ItemRater.Key(assessmentId, itemId, me.id()))) {
            requireRater(me, assessmentId, itemId);
            if (ratings.findByAssessmentIdAndItemIdAndRaterId(assessmentId, itemId, me.id())
                    .isEmpty()) {
                throw new InvalidRatingException("ratings", "rating.error.hidden");
            }
        } else {
            assessments.requireVisible(assessmentId);
        }
        return spread(itemId, ratings.findByAssessmentIdAndItemId(assessmentId, itemId), new HashMap<>());
    }

    /**
     * Records the agreed level of an item that raters rated: saved as the round's answer from the version the
     * coordinator saw ({@link AssessmentService#save}, with its conflict rule), with the reason kept beside it. The
     * coordinator only; a reason is required.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SavedAnswer agree(long assessmentId, String itemId, AnswerDraft agreed, long answerVersion, String reason) {
        AssessmentRef round = assessments.requireVisible(assessmentId);
        CurrentUser coordinator = organisation.requireCoordinate(round.cityId());
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new InvalidRatingException("reason", "rating.error.reason");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidRatingException("reason", "rating.error.too-long");
        }
        if (!PlainText.isPlain(why)) {
            throw new InvalidRatingException("reason", PlainText.MESSAGE_KEY);
        }
        if (agreed.state() == AnswerState.UNANSWERED) {
            throw new InvalidRatingException("level", "rating.error.level");
        }
        if (ratings.findByAssessmentIdAndItemId(assessmentId, itemId).isEmpty()) {
            throw new InvalidRatingException("item", "rating.error.no-ratings");
        }
        // The reason also justifies a change of a carried-over level (cut to what the answer keeps; the agreement
        // keeps all of it), so agreeing on a round started from the last one is not refused for want of one.
        SavedAnswer saved = assessments.save(
                assessmentId,
                itemId,
                agreed,
                answerVersion,
                why.substring(0, Math.min(why.length(), AnswerDraft.MAX_JUSTIFICATION)));
        writeTransaction.executeWithoutResult(status -> {
            ItemAgreement.Key key = new ItemAgreement.Key(assessmentId, itemId);
            ItemAgreement agreement = agreements.findById(key).orElseGet(() -> new ItemAgreement(key));
            agreement.record(why, coordinator.id(), now());
            agreements.save(agreement);
        });
        signals.changed(assessmentId);
        return saved;
    }

    /**
     * The items of the round on which raters disagreed, the widest spread first: those with at least two levels
     * given that differ. For anyone who may see the round; items the reader has still to rate are left out.
     */
    @Transactional(readOnly = true)
    public List<ItemSpread> disagreements(long assessmentId) {
        return panel(assessmentId).values().stream()
                .map(PanelItem::spread)
                .filter(spread -> spread != null && spread.range() > 0)
                .sorted(Comparator.comparing(ItemSpread::range)
                        .thenComparing(ItemSpread::count)
                        .reversed())
                .toList();
    }

    /**
     * Checks that the signed-in person is on the item's panel and the round is still open to them, and returns the
     * round. Anything else is refused like a round they may not see.
     */
    private AssessmentRef requireRater(CurrentUser me, long assessmentId, String itemId) {
        Optional<AssessmentRef> round = rounds.round(assessmentId);
        if (round.isEmpty()
                || !panels.existsById(new ItemRater.Key(assessmentId, itemId, me.id()))
                || !openTo(me, round.get())) {
            throw new NotVisibleException(
                    "User " + me.username() + " does not rate item " + itemId + " of round " + assessmentId);
        }
        return round.get();
    }

    /** Rater accounts rate while the round is a draft; team members while it is editable. Both only for their city. */
    private static boolean openTo(CurrentUser me, AssessmentRef round) {
        if (me.cityId() == null || me.cityId() != round.cityId()) {
            return false;
        }
        return me.role() == Role.RATER
                ? round.status() == AssessmentStatus.DRAFT
                : me.role().cityRole() && round.status().editable();
    }

    private RaterTask task(
            CurrentUser me, AssessmentRef round, Item item, @Nullable ItemRating mine, Map<Long, String> names) {
        Theme theme = round.scope().themes().stream()
                .filter(candidate -> candidate.id().equals(item.themeId()))
                .findFirst()
                .orElseThrow();
        LocalizedText city = directory.city(round.cityId()).map(CityRef::name).orElse(new LocalizedText("", "", ""));
        return new RaterTask(
                round.id(),
                city,
                round.roundLabel(),
                theme.name(),
                item,
                IntStream.rangeClosed(0, Item.MAX_LEVEL)
                        .mapToObj(catalog.version(round.frameworkVersion())::levelName)
                        .toList(),
                mine == null ? null : entry(mine, names),
                mine == null
                        ? null
                        : spread(item.id(), ratings.findByAssessmentIdAndItemId(round.id(), item.id()), names));
    }

    private ItemSpread spread(String itemId, List<ItemRating> given, Map<Long, String> names) {
        return ItemSpread.of(
                itemId,
                given.stream()
                        .sorted(Comparator.comparing(ItemRating::ratedAt))
                        .map(rating -> entry(rating, names))
                        .toList());
    }

    private RatingEntry entry(ItemRating rating, Map<Long, String> names) {
        return new RatingEntry(
                rating.raterId(),
                name(rating.raterId(), names),
                rating.state(),
                rating.level(),
                rating.comment(),
                rating.ratedAt(),
                rating.version());
    }

    private String name(long userId, Map<Long, String> names) {
        return names.computeIfAbsent(userId, directory::displayName);
    }

    /** Databases keep microseconds: what a call returns is what a later read gives. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static List<Item> items(AssessmentRef round) {
        return round.scope().themes().stream()
                .flatMap(theme -> theme.items().stream())
                .toList();
    }

    static List<Item> itemsOf(AssessmentRef round, String themeOrItemId) {
        return round.scope().themes().stream()
                .flatMap(theme -> theme.id().equals(themeOrItemId)
                        ? theme.items().stream()
                        : theme.items().stream().filter(item -> item.id().equals(themeOrItemId)))
                .toList();
    }

    private static Item item(AssessmentRef round, String itemId) {
        return itemsOf(round, itemId).stream()
                .findFirst()
                .orElseThrow(() -> new InvalidRatingException("item", "rating.error.item"));
    }
}
