package io.nlc.workshop;

import io.nlc.assessment.AssessmentRef;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentStatus;
import io.nlc.assessment.RoundScores;
import io.nlc.content.Item;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workshop mode: a facilitated session on a round, shown on a projector. The coordinator starts it on themes or items
 * and gets a short join code; city team members and the city's rater accounts join with it from their phones (which
 * puts them on the panels of the session's items, as {@link Raters#open} would) and rate the item the facilitator
 * shows with {@link Raters#rate}. The projector shows the tally of that item, and the facilitator records the agreed
 * level with {@link Raters#agree}.
 *
 * <p>Codes are six characters without look-alikes (no I, L, O, 0 or 1), case and spaces ignored; a code works until
 * the session ends, a newer session of the round replaces it, or {@link #LIFETIME} has passed. A wrong code, and a code
 * of another city's session, get the same refusal, so a code tells nothing about other cities.
 */
@Service
@Transactional
public class Workshops {

    /** A session is a meeting: half a day at most, then a new one with a new code. */
    public static final Duration LIFETIME = Duration.ofHours(4);

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;

    private final WorkshopSessionRepository sessions;
    private final ItemRaterRepository panels;
    private final Raters raters;
    private final AssessmentService assessments;
    private final RoundScores rounds;
    private final Organisation organisation;
    private final WorkshopSignals signals;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Workshops(
            WorkshopSessionRepository sessions,
            ItemRaterRepository panels,
            Raters raters,
            AssessmentService assessments,
            RoundScores rounds,
            Organisation organisation,
            WorkshopSignals signals,
            Clock clock) {
        this.sessions = sessions;
        this.panels = panels;
        this.raters = raters;
        this.assessments = assessments;
        this.rounds = rounds;
        this.organisation = organisation;
        this.signals = signals;
        this.clock = clock;
    }

    /**
     * Starts a session on themes (all their items in the round's scope) or items, in questionnaire order, and ends the
     * round's earlier open session. The coordinator only, while the round is editable.
     */
    public WorkshopSession start(long assessmentId, Collection<String> themeOrItemIds) {
        AssessmentRef round = assessments.requireVisible(assessmentId);
        CurrentUser coordinator = organisation.requireCoordinate(round.cityId());
        if (!round.status().editable()) {
            throw new InvalidRatingException("round", "rating.error.closed");
        }
        if (themeOrItemIds.isEmpty()) {
            throw new InvalidRatingException("items", "rating.error.no-items");
        }
        Set<String> wanted = new LinkedHashSet<>(themeOrItemIds);
        for (String id : wanted) {
            if (Raters.itemsOf(round, id).isEmpty()) {
                throw new InvalidRatingException("items", "rating.error.item");
            }
        }
        List<String> items = round.scope().themes().stream()
                .flatMap(theme -> theme.items().stream()
                        .filter(item -> wanted.contains(theme.id()) || wanted.contains(item.id())))
                .map(Item::id)
                .toList();
        Instant now = now();
        sessions.findByAssessmentIdAndEndedAtIsNull(assessmentId).forEach(earlier -> earlier.end(now));
        WorkshopSessionEntity session = sessions.save(
                new WorkshopSessionEntity(assessmentId, newCode(), items, coordinator.id(), now, now.plus(LIFETIME)));
        signals.changed(assessmentId);
        return session.view();
    }

    /** The round's open session, for its coordinator. */
    @Transactional(readOnly = true)
    public Optional<WorkshopSession> current(long assessmentId) {
        AssessmentRef round = assessments.requireVisible(assessmentId);
        organisation.requireCoordinate(round.cityId());
        Instant now = now();
        return sessions.findByAssessmentIdAndEndedAtIsNull(assessmentId).stream()
                .filter(session -> session.openAt(now))
                .findFirst()
                .map(WorkshopSessionEntity::view);
    }

    /** Puts the item at {@code index} (clamped to the session's items) on the projector; the coordinator only. */
    public WorkshopSession move(long sessionId, int index) {
        WorkshopSessionEntity session = requireFacilitated(sessionId);
        session.moveTo(index);
        signals.changed(session.assessmentId());
        return sessions.saveAndFlush(session).view();
    }

    /** Ends the session: its code no longer works. The coordinator only. */
    public void end(long sessionId) {
        WorkshopSessionEntity session = requireFacilitated(sessionId);
        session.end(now());
        signals.changed(session.assessmentId());
    }

    /**
     * The tally of the item on the projector, for the coordinator: counts per level and the median, over the panel of
     * the item.
     */
    @Transactional(readOnly = true)
    public Tally tally(long sessionId) {
        WorkshopSessionEntity session = requireFacilitated(sessionId);
        String itemId = session.view().currentItemId();
        ItemSpread spread = raters.spread(session.assessmentId(), itemId);
        return Tally.of(spread, panels.countByKeyAssessmentIdAndKeyItemId(session.assessmentId(), itemId));
    }

    /**
     * Joins the signed-in person to the session of a code: a team member or rater account of the round's city, while
     * the round is open to them (a rater account only while it is a draft). Puts them on the panel of every item of
     * the session. Refused on field {@code code}: wrong (or another city's), ended or expired, or a closed round.
     */
    public WorkshopSession join(String code) {
        WorkshopSessionEntity session = open(code);
        CurrentUser me = organisation.currentUser();
        AssessmentRef round = rounds.round(session.assessmentId()).orElseThrow(this::wrongCode);
        boolean ofCity = (me.role().cityRole() || me.role() == Role.RATER)
                && me.cityId() != null
                && me.cityId() == round.cityId();
        if (!ofCity) {
            throw wrongCode();
        }
        boolean openToMe = me.role() == Role.RATER
                ? round.status() == AssessmentStatus.DRAFT
                : round.status().editable();
        if (!openToMe) {
            throw new InvalidRatingException("code", "workshop.error.closed");
        }
        Instant now = now();
        for (String itemId : session.itemIds()) {
            ItemRater.Key key = new ItemRater.Key(round.id(), itemId, me.id());
            if (!panels.existsById(key)) {
                panels.save(new ItemRater(key, session.startedBy(), now));
            }
        }
        signals.changed(round.id());
        return session.view();
    }

    /**
     * What a participant who joined sees: the session and the item on the projector, as their own rating task (the
     * others' ratings only once they have rated it). Refused like {@link #join} when the code no longer works.
     */
    @Transactional(readOnly = true)
    public Participation participate(String code) {
        WorkshopSession session = open(code).view();
        return new Participation(session, raters.task(session.assessmentId(), session.currentItemId()));
    }

    /**
     * Calls {@code listener} after every committed change of the round's workshop: a rating, an agreed level, a move
     * of the projector, someone joining. The listener runs on a thread of its own, without the signed-in person of the
     * change. Returns what unsubscribes it.
     */
    public Runnable subscribe(long assessmentId, Runnable listener) {
        return signals.subscribe(assessmentId, listener);
    }

    /** The item on the projector of a session, and the participant's own task for it. */
    public record Participation(WorkshopSession session, RaterTask task) {}

    private WorkshopSessionEntity open(String code) {
        String normalised = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (normalised.length() != CODE_LENGTH) {
            throw wrongCode();
        }
        WorkshopSessionEntity session = sessions.findByCode(normalised).orElseThrow(this::wrongCode);
        if (!session.openAt(now())) {
            throw new InvalidRatingException("code", "workshop.error.expired");
        }
        return session;
    }

    private WorkshopSessionEntity requireFacilitated(long sessionId) {
        WorkshopSessionEntity session = sessions.findById(sessionId).orElseThrow(this::wrongCode);
        AssessmentRef round = assessments.requireVisible(session.assessmentId());
        organisation.requireCoordinate(round.cityId());
        if (!session.openAt(now())) {
            throw new InvalidRatingException("code", "workshop.error.expired");
        }
        return session;
    }

    private InvalidRatingException wrongCode() {
        return new InvalidRatingException("code", "workshop.error.code");
    }

    private String newCode() {
        String code;
        do {
            StringBuilder builder = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                builder.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            code = builder.toString();
        } while (sessions.existsByCode(code));
        return code;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
