package io.nlc.plan;

import io.nlc.assessment.AssessmentChanged;
import io.nlc.assessment.AssessmentChanged.ActionChange;
import io.nlc.assessment.AssessmentRef;
import io.nlc.assessment.AssessmentService;
import io.nlc.content.Theme;
import io.nlc.kernel.PlainText;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Directory;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.NotVisibleException;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import io.nlc.organisation.TeamMember;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A city's action plan. Everyone who may see the city sees its plan (its team, its hub's advisors, administrators,
 * its national focal points). The coordinator creates, edits and drops actions. The team member who owns an action
 * may also move it along (planned, in progress, done) and add progress notes, since they do the work; they cannot
 * edit or drop it. Every change is published as {@link AssessmentChanged.ActionChanged} against the round the action
 * came from, inside the change's transaction, so the audit trail records it.
 */
@Service
@Transactional
public class ActionPlans {

    /** Open actions due within this many days are "due soon". */
    public static final int DUE_SOON_DAYS = 14;
    /** Due dates are days in Morocco. */
    static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

    static final int TITLE_LENGTH = 200;
    static final int OWNER_LENGTH = 200;
    static final int TEXT_LENGTH = 4000;
    static final int REASON_LENGTH = 2000;

    private final PlanActionRepository actions;
    private final PlanNoteRepository notes;
    private final AssessmentService assessments;
    private final Organisation organisation;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionPlans(
            PlanActionRepository actions,
            PlanNoteRepository notes,
            AssessmentService assessments,
            Organisation organisation,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.actions = actions;
        this.notes = notes;
        this.assessments = assessments;
        this.organisation = organisation;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The city's plan, filtered, in the order the actions were added. */
    @Transactional(readOnly = true)
    public List<PlannedAction> plan(long cityId, PlanFilter filter) {
        CurrentUser user = organisation.requireView(cityId);
        Map<Long, AssessmentRef> rounds = rounds(cityId);
        Map<String, String> themeOfItem = themeOfItem(rounds.values());
        List<PlanAction> found = actions.findByCityIdOrderByIdAsc(cityId).stream()
                .filter(action -> filter.status() == null || action.status() == filter.status())
                .filter(action -> filter.owner() == null || filter.owner().equals(ownerKey(action)))
                .filter(action -> filter.targetId() == null
                        || addressed(action, themeOfItem).contains(filter.targetId()))
                .toList();
        return views(found, user, rounds);
    }

    /** One action, for anyone who may see its city; an unknown id is refused like another city's. */
    @Transactional(readOnly = true)
    public PlannedAction action(long actionId) {
        PlanAction action = find(actionId);
        return views(List.of(action), organisation.currentUser(), rounds(action.cityId()))
                .getFirst();
    }

    /** Adds an action to the city's plan, from a suggested action of a round or written anew; the coordinator only. */
    public PlannedAction create(long cityId, ActionDraft draft) {
        CurrentUser coordinator = organisation.requireCoordinate(cityId);
        Clean clean = validate(cityId, draft);
        Instant now = clock.instant();
        PlanAction action = new PlanAction(cityId, draft.assessmentId(), coordinator.id(), now, clean.targets());
        apply(action, clean, now);
        actions.saveAndFlush(action);
        publish(action, ActionChange.CREATED, null, action.title(), null, coordinator, now);
        return action(action.id());
    }

    /**
     * An action of an imported archive, linked to the imported round: its owner is a team member of this
     * installation where the archive's name matched one, else the name as an outside actor's; its notes oldest
     * first, each by a matched user id or a name.
     */
    public record ActionImport(
            ActionDraft draft,
            ActionStatus status,
            @Nullable String dropReason,
            Set<String> origin,
            Instant createdAt,
            Instant updatedAt,
            List<NoteImport> notes) {}

    public record NoteImport(Instant at, @Nullable Long authorId, String authorName, String text) {}

    /**
     * Recreates an imported round's actions in the city's plan, each checked as {@link #create} checks it;
     * administrators only. No event: the archive brings its own history. Returns the new ids in the given order.
     */
    public List<Long> importActions(long cityId, List<ActionImport> imported) {
        long importer = organisation.requireAdministrator().id();
        List<Long> ids = new ArrayList<>();
        for (ActionImport action : imported) {
            Clean clean = validate(cityId, action.draft());
            if (action.dropReason() != null && action.dropReason().length() > REASON_LENGTH) {
                throw new InvalidActionException("reason", "plan.error.too-long");
            }
            PlanAction created = new PlanAction(
                    cityId, action.draft().assessmentId(), importer, action.createdAt(), action.origin());
            apply(created, clean, action.updatedAt());
            created.changeStatus(action.status(), action.dropReason(), action.updatedAt());
            actions.saveAndFlush(created);
            for (NoteImport note : action.notes()) {
                String text = note.text().strip();
                if (text.isEmpty() || text.length() > TEXT_LENGTH) {
                    throw new InvalidActionException("note", "plan.error.too-long");
                }
                notes.save(
                        note.authorId() == null
                                ? PlanNote.restored(created.id(), importer, note.authorName(), note.at(), text)
                                : new PlanNote(created.id(), note.authorId(), note.at(), text));
            }
            ids.add(created.id());
        }
        return ids;
    }

    /** Edits an action; the coordinator only, from the version they opened. The round it came from stays. */
    public PlannedAction edit(long actionId, long expectedVersion, ActionDraft draft) {
        PlanAction action = find(actionId);
        CurrentUser coordinator = organisation.requireCoordinate(action.cityId());
        requireVersion(action, expectedVersion);
        Clean clean = validate(
                action.cityId(),
                new ActionDraft(
                        action.assessmentId(),
                        draft.title(),
                        draft.description(),
                        draft.ownerUserId(),
                        draft.ownerName(),
                        draft.startDate(),
                        draft.dueDate(),
                        draft.targets()));
        String before = action.title();
        Instant now = clock.instant();
        apply(action, clean, now);
        actions.saveAndFlush(action);
        publish(action, ActionChange.EDITED, before, action.title(), null, coordinator, now);
        return action(actionId);
    }

    /**
     * Moves an action to another status. Dropping needs a reason and the coordinator; the owner (a team member) may
     * set the other statuses of their own action.
     */
    public PlannedAction changeStatus(
            long actionId, long expectedVersion, ActionStatus status, @Nullable String reason) {
        PlanAction action = find(actionId);
        CurrentUser user = status == ActionStatus.DROPPED
                ? organisation.requireCoordinate(action.cityId())
                : requireProgress(action);
        requireVersion(action, expectedVersion);
        String why = reason == null ? "" : reason.strip();
        if (status == ActionStatus.DROPPED && why.isEmpty()) {
            throw new InvalidActionException("reason", "plan.error.reason");
        }
        if (why.length() > REASON_LENGTH) {
            throw new InvalidActionException("reason", "plan.error.too-long");
        }
        if (status == action.status()) {
            return action(actionId);
        }
        ActionStatus before = action.status();
        Instant now = clock.instant();
        action.changeStatus(status, status == ActionStatus.DROPPED ? why : null, now);
        actions.saveAndFlush(action);
        publish(
                action,
                ActionChange.STATUS,
                before.name(),
                status.name(),
                status == ActionStatus.DROPPED ? why : null,
                user,
                now);
        return action(actionId);
    }

    /** Adds a dated progress note: the coordinator, or the team member who owns the action. */
    public PlannedAction addNote(long actionId, String text) {
        PlanAction action = find(actionId);
        CurrentUser user = requireProgress(action);
        String body = text.strip();
        if (body.isEmpty()) {
            throw new InvalidActionException("note", "plan.error.note");
        }
        if (body.length() > TEXT_LENGTH) {
            throw new InvalidActionException("note", "plan.error.too-long");
        }
        Instant now = clock.instant();
        notes.save(new PlanNote(actionId, user.id(), now, body));
        // A note is a change of the action too: its version moves, so an edit opened before the note is told.
        action.touch(now);
        actions.saveAndFlush(action);
        publish(action, ActionChange.NOTE, null, body, null, user, now);
        return action(actionId);
    }

    /**
     * The open actions the signed-in person owns in their city: overdue first, then by due date (none last). People
     * outside a city team own none.
     */
    @Transactional(readOnly = true)
    public List<PlannedAction> myActions() {
        CurrentUser me = organisation.currentUser();
        if (!me.role().cityRole() || me.cityId() == null) {
            return List.of();
        }
        List<PlanAction> mine = actions.findByCityIdAndOwnerUserId(me.cityId(), me.id()).stream()
                .filter(action -> action.status().open())
                .toList();
        return views(mine, me, rounds(me.cityId())).stream()
                .sorted(URGENT_FIRST)
                .toList();
    }

    /** Overdue first, then by due date (none last), then as added. */
    public static final Comparator<PlannedAction> URGENT_FIRST = Comparator.comparing(
                    (PlannedAction action) -> !action.overdue())
            .thenComparing(PlannedAction::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PlannedAction::id);

    /**
     * How many actions that are not dropped address each theme and item of the round's city, by target id; an
     * action on an item counts for its theme too. For the results: which gaps have actions planned.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> actionCounts(long assessmentId) {
        AssessmentRef round = assessments.requireVisible(assessmentId);
        Map<String, String> themeOfItem = themeOfItem(List.of(round));
        Map<String, Integer> counts = new HashMap<>();
        for (PlanAction action : actions.findByCityIdOrderByIdAsc(round.cityId())) {
            if (action.status() != ActionStatus.DROPPED) {
                addressed(action, themeOfItem).forEach(target -> counts.merge(target, 1, Integer::sum));
            }
        }
        return counts;
    }

    /** Whom an action can be given to in the city: its team, by name, and the outside actors already named. */
    @Transactional(readOnly = true)
    public Map<String, String> owners(long cityId) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (TeamMember member : organisation.answeringTeam(cityId)) {
            owners.put(String.valueOf(member.id()), member.displayName());
        }
        actions.findByCityIdOrderByIdAsc(cityId).stream()
                .map(PlanAction::ownerName)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .forEach(name -> owners.putIfAbsent(name, name));
        return owners;
    }

    /** The team members an action can be given to. */
    @Transactional(readOnly = true)
    public List<TeamMember> team(long cityId) {
        return organisation.answeringTeam(cityId);
    }

    /**
     * Each city of the hub with its plan's progress (cities without actions get {@link PlanProgress#NONE}); for the
     * hub's advisors and administrators, as the portfolio is.
     */
    @Transactional(readOnly = true)
    public Map<Long, PlanProgress> hubProgress(long hubId) {
        List<Long> cityIds =
                organisation.citiesOfHub(hubId).stream().map(CityRef::id).toList();
        LocalDate today = today();
        Map<Long, int[]> counts = new HashMap<>();
        for (PlanAction action : actions.findByCityIdIn(cityIds)) {
            int[] count = counts.computeIfAbsent(action.cityId(), id -> new int[3]);
            count[0]++;
            if (action.status() == ActionStatus.DONE) {
                count[1]++;
            }
            if (overdue(action, today)) {
                count[2]++;
            }
        }
        Map<Long, PlanProgress> result = new LinkedHashMap<>();
        for (long cityId : cityIds) {
            int[] count = counts.get(cityId);
            result.put(cityId, count == null ? PlanProgress.NONE : new PlanProgress(count[0], count[1], count[2]));
        }
        return result;
    }

    private PlanAction find(long actionId) {
        PlanAction action = actions.findById(actionId).orElse(null);
        if (action == null) {
            throw new NotVisibleException("No action " + actionId);
        }
        // Refused like an unknown id, so ids tell nobody what exists.
        organisation.requireView(action.cityId());
        return action;
    }

    private CurrentUser requireProgress(PlanAction action) {
        CurrentUser user = organisation.requireView(action.cityId());
        if (!mayProgress(user, action)) {
            throw new NotPermittedException("Only the coordinator or the action's owner moves it along");
        }
        return user;
    }

    private static boolean mayEdit(CurrentUser user, PlanAction action) {
        return user.role() == Role.CITY_COORDINATOR
                && Long.valueOf(action.cityId()).equals(user.cityId());
    }

    private static boolean mayProgress(CurrentUser user, PlanAction action) {
        return mayEdit(user, action)
                || (user.role().cityRole()
                        && Long.valueOf(action.cityId()).equals(user.cityId())
                        && Long.valueOf(user.id()).equals(action.ownerUserId()));
    }

    private static void requireVersion(PlanAction action, long expectedVersion) {
        if (action.version() != expectedVersion) {
            throw new ActionConflictException(action.id());
        }
    }

    private record Clean(
            String title,
            String description,
            @Nullable Long ownerUserId,
            @Nullable String ownerName,
            @Nullable LocalDate startDate,
            @Nullable LocalDate dueDate,
            Set<String> targets) {}

    /** Checks every field, the first refusal wins; nothing is saved before this has passed. */
    private Clean validate(long cityId, ActionDraft draft) {
        String title = draft.title().strip();
        if (title.isEmpty()) {
            throw new InvalidActionException("title", "plan.error.title");
        }
        if (title.length() > TITLE_LENGTH) {
            throw new InvalidActionException("title", "plan.error.too-long");
        }
        String description = draft.description().strip();
        if (description.length() > TEXT_LENGTH) {
            throw new InvalidActionException("description", "plan.error.too-long");
        }
        Long ownerUserId = draft.ownerUserId();
        String ownerName = draft.ownerName() == null ? "" : draft.ownerName().strip();
        if (ownerUserId != null) {
            boolean inTeam = organisation.answeringTeam(cityId).stream().anyMatch(member -> member.id() == ownerUserId);
            if (!inTeam) {
                throw new InvalidActionException("owner", "plan.error.owner-team");
            }
        } else if (ownerName.isEmpty()) {
            throw new InvalidActionException("owner", "plan.error.owner");
        } else if (ownerName.length() > OWNER_LENGTH) {
            throw new InvalidActionException("owner", "plan.error.too-long");
        } else if (!PlainText.isPlain(ownerName)) {
            throw new InvalidActionException("owner", PlainText.MESSAGE_KEY);
        }
        if (draft.startDate() != null
                && draft.dueDate() != null
                && draft.dueDate().isBefore(draft.startDate())) {
            throw new InvalidActionException("dueDate", "plan.error.dates");
        }
        AssessmentRef round = assessments.requireVisible(draft.assessmentId());
        if (round.cityId() != cityId) {
            throw new InvalidActionException("round", "plan.error.round");
        }
        for (String target : draft.targets()) {
            if (!round.scope().contains(target)) {
                throw new InvalidActionException("targets", "plan.error.targets");
            }
        }
        return new Clean(
                title,
                description,
                ownerUserId,
                ownerUserId == null ? ownerName : null,
                draft.startDate(),
                draft.dueDate(),
                draft.targets());
    }

    private static void apply(PlanAction action, Clean clean, Instant now) {
        action.edit(
                clean.title(),
                clean.description(),
                clean.ownerUserId(),
                clean.ownerName(),
                clean.startDate(),
                clean.dueDate(),
                clean.targets(),
                now);
    }

    private void publish(
            PlanAction action,
            ActionChange change,
            @Nullable String before,
            @Nullable String after,
            @Nullable String reason,
            CurrentUser actor,
            Instant at) {
        events.publishEvent(new AssessmentChanged.ActionChanged(
                action.assessmentId(), action.id(), action.title(), change, before, after, reason, actor.id(), at));
    }

    private List<PlannedAction> views(List<PlanAction> found, CurrentUser user, Map<Long, AssessmentRef> rounds) {
        if (found.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<ProgressNote>> notesByAction = new HashMap<>();
        for (PlanNote note : notes.findByActionIdInOrderByWrittenAtDescIdDesc(
                found.stream().map(PlanAction::id).toList())) {
            notesByAction
                    .computeIfAbsent(note.actionId(), id -> new ArrayList<>())
                    .add(new ProgressNote(
                            note.writtenAt(),
                            note.authorName() != null
                                    ? note.authorName()
                                    : names.computeIfAbsent(note.writtenBy(), directory::displayName),
                            note.body()));
        }
        List<PlannedAction> result = new ArrayList<>();
        for (PlanAction action : found) {
            AssessmentRef round = rounds.get(action.assessmentId());
            Long ownerId = action.ownerUserId();
            String owner = ownerId != null
                    ? names.computeIfAbsent(ownerId, directory::displayName)
                    : Objects.requireNonNullElse(action.ownerName(), "");
            boolean overdue = overdue(action, today);
            LocalDate due = action.dueDate();
            boolean dueSoon =
                    !overdue && action.status().open() && due != null && !due.isAfter(today.plusDays(DUE_SOON_DAYS));
            result.add(new PlannedAction(
                    action.id(),
                    action.cityId(),
                    action.assessmentId(),
                    round == null ? "" : round.roundLabel(),
                    action.title(),
                    action.description(),
                    owner,
                    ownerId,
                    action.ownerName(),
                    action.startDate(),
                    due,
                    action.status(),
                    action.dropReason(),
                    action.targets().stream().sorted().toList(),
                    action.origin().stream().sorted().toList(),
                    List.copyOf(notesByAction.getOrDefault(action.id(), List.of())),
                    overdue,
                    dueSoon,
                    action.updatedAt(),
                    action.version(),
                    mayEdit(user, action),
                    mayProgress(user, action)));
        }
        return result;
    }

    /** The city's rounds by id (after the access check). */
    private Map<Long, AssessmentRef> rounds(long cityId) {
        return assessments.cityAssessments(cityId).stream()
                .collect(Collectors.toMap(AssessmentRef::id, round -> round));
    }

    /** The themes and items an action addresses, with the themes of its items. */
    private static Set<String> addressed(PlanAction action, Map<String, String> themeOfItem) {
        Set<String> addressed = new HashSet<>(action.targets());
        action.targets().stream().map(themeOfItem::get).filter(Objects::nonNull).forEach(addressed::add);
        return addressed;
    }

    private static String ownerKey(PlanAction action) {
        return action.ownerUserId() != null
                ? String.valueOf(action.ownerUserId())
                : Objects.requireNonNullElse(action.ownerName(), "");
    }

    private static Map<String, String> themeOfItem(Collection<AssessmentRef> rounds) {
        Map<String, String> themeOfItem = new HashMap<>();
        for (AssessmentRef round : rounds) {
            for (Theme theme : round.scope().themes()) {
                theme.items().forEach(item -> themeOfItem.put(item.id(), theme.id()));
            }
        }
        return themeOfItem;
    }

    private static boolean overdue(PlanAction action, LocalDate today) {
        return action.status().open()
                && action.dueDate() != null
                && action.dueDate().isBefore(today);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
