package io.nlc.assessment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.nlc.content.Framework;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.Theme;
import io.nlc.content.Tier;
import io.nlc.kernel.InvalidInputException;
import io.nlc.kernel.PlainText;
import io.nlc.organisation.CityRef;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Directory;
import io.nlc.organisation.NotPermittedException;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.Role;
import io.nlc.scoring.AnswerState;
import io.nlc.scoring.AssessmentScore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A city's assessment rounds. Every method checks that the signed-in user may see (or change) the city first.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final AssessmentPositionRepository positions;
    private final FrameworkCatalog catalog;
    private final Organisation organisation;
    private final Directory directory;
    private final TransactionTemplate writeTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SaveMetrics saveMetrics;

    AssessmentService(
            AssessmentRepository assessments,
            AnswerRepository answers,
            AssessmentPositionRepository positions,
            FrameworkCatalog catalog,
            Organisation organisation,
            Directory directory,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock,
            MeterRegistry meters) {
        this.assessments = assessments;
        this.answers = answers;
        this.positions = positions;
        this.catalog = catalog;
        this.organisation = organisation;
        this.directory = directory;
        this.writeTransaction = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
        this.saveMetrics = new SaveMetrics(meters);
    }

    /** Starts a round for the coordinator's city on the newest framework version. */
    @Transactional
    public long start(NewAssessment request) {
        return start(request, catalog.forNewRound());
    }

    /**
     * Starts a round on an older installed version, as rounds were before the newest version came out (the demo's
     * first rounds); the screens always start on the newest.
     */
    @Transactional
    public long start(NewAssessment request, int frameworkVersion) {
        return start(request, catalog.version(frameworkVersion));
    }

    private long start(NewAssessment request, Framework framework) {
        return create(request, framework).id();
    }

    private Assessment create(NewAssessment request, Framework framework) {
        CurrentUser user = organisation.requireCoordinate(request.cityId());
        if (request.roundLabel().isEmpty() || request.roundLabel().length() > NewAssessment.MAX_ROUND_LABEL) {
            throw new InvalidRoundInputException("roundLabel", "assessment.error.round-label");
        }
        if (!PlainText.isPlain(request.roundLabel())) {
            throw new InvalidRoundInputException("roundLabel", PlainText.MESSAGE_KEY);
        }
        if (assessments.existsByCityIdAndRoundLabelIgnoreCase(request.cityId(), request.roundLabel())) {
            throw new InvalidRoundInputException("roundLabel", "assessment.error.round-exists");
        }
        Set<String> moduleIds = framework.modules().stream().map(Theme::id).collect(Collectors.toSet());
        if (!moduleIds.containsAll(request.modules())) {
            throw new InvalidRoundInputException("modules", "assessment.error.module");
        }
        Assessment assessment = new Assessment(
                request.cityId(),
                request.roundLabel(),
                framework.version(),
                framework.checksum(),
                request.tier(),
                user.id(),
                clock.instant());
        assessment.selectModules(request.modules());
        for (Theme theme : framework.themesInScope(request.modules())) {
            int target = request.targets().getOrDefault(theme.id(), theme.defaultTarget());
            if (target < 0 || target > Item.MAX_LEVEL) {
                throw new InvalidRoundInputException("targets", "assessment.error.target");
            }
            assessment.setTarget(theme.id(), target);
        }
        long id = assessments.save(assessment).id();
        events.publishEvent(new AssessmentChanged.StatusChanged(
                id,
                assessment.cityId(),
                assessment.roundLabel(),
                null,
                AssessmentStatus.DRAFT,
                null,
                user.id(),
                assessment.createdAt()));
        return assessment;
    }

    /**
     * The city's next round as it would start from its latest one, for the coordinator's start dialog; empty when
     * the city has no round yet, or when the next round cannot start ({@link #startNext}).
     */
    public Optional<NewAssessment.NextRound> nextRound(long cityId) {
        organisation.requireCoordinate(cityId);
        List<Assessment> rounds = assessments.findWithModulesByCityId(cityId);
        return nextRoundFrom(rounds).map(latest -> proposal(latest, catalog.forNewRound()));
    }

    /**
     * Starts the city's next round on the newest framework version from its latest round. The precondition: the
     * latest round has been submitted and is not back with the team (submitted, in review or validated), and no
     * round of the city is in progress (draft or returned). The team's own answers (never the national ratings) are
     * copied for every item of the new round's scope that the latest round answered, each marked "carried over,
     * please confirm"; the review state starts afresh as a draft, and comments, threads and who answers what stay
     * with the latest round.
     */
    @Transactional
    public long startNext(NewAssessment request) {
        organisation.requireCoordinate(request.cityId());
        Assessment latest = nextRoundFrom(assessments.findWithModulesByCityId(request.cityId()))
                .orElseThrow(() -> new InvalidRoundInputException("round", "assessment.error.next-round"));
        Framework framework = catalog.forNewRound();
        Assessment next = create(request, framework);
        AssessmentScope scope = AssessmentScoring.scope(next, framework);
        for (Answer previous : answers.findByAssessmentIdAndPerspective(latest.id(), Perspective.LOCAL)) {
            if (previous.state() != AnswerState.UNANSWERED && scope.containsItem(previous.itemId())) {
                Answer carried =
                        new Answer(next.id(), Perspective.LOCAL, previous.itemId(), next.createdBy(), next.createdAt());
                carried.carryOver(latest.id(), previous.draft());
                answers.save(carried);
            }
        }
        return next.id();
    }

    /** The latest round, if the next one may start from it (see {@link #startNext}). */
    private static Optional<Assessment> nextRoundFrom(List<Assessment> rounds) {
        if (rounds.stream().anyMatch(round -> round.status().editable())) {
            return Optional.empty();
        }
        return rounds.stream()
                .max(java.util.Comparator.comparing(Assessment::createdAt).thenComparing(Assessment::id));
    }

    private NewAssessment.NextRound proposal(Assessment latest, Framework newest) {
        Framework old = catalog.version(latest.frameworkVersion());
        Set<String> newThemes = newest.themes().stream().map(Theme::id).collect(Collectors.toSet());
        Set<String> modules =
                latest.modules().stream().filter(newThemes::contains).collect(Collectors.toSet());
        List<String> droppedThemes = AssessmentScoring.scope(latest, old).themes().stream()
                .map(Theme::id)
                .filter(id -> !newThemes.contains(id))
                .toList();
        Map<String, Integer> targets = latest.targets().entrySet().stream()
                .filter(target -> newThemes.contains(target.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        NewAssessment proposal =
                new NewAssessment(latest.cityId(), nextLabel(latest.roundLabel()), latest.tier(), modules, targets);
        Set<String> newItems = newest.themesInScope(modules).stream()
                .flatMap(theme -> theme.itemsFor(latest.tier()).stream())
                .map(Item::id)
                .collect(Collectors.toSet());
        List<String> droppedItems = answers.findByAssessmentIdAndPerspective(latest.id(), Perspective.LOCAL).stream()
                .filter(answer -> answer.state() != AnswerState.UNANSWERED && !newItems.contains(answer.itemId()))
                .map(Answer::itemId)
                .sorted()
                .toList();
        return new NewAssessment.NextRound(latest.id(), latest.roundLabel(), proposal, droppedThemes, droppedItems);
    }

    /** "2026" proposes "2027"; any other label proposes nothing, for the coordinator to name the round. */
    private static String nextLabel(String label) {
        return label.matches("\\d{4}") ? String.valueOf(Integer.parseInt(label) + 1) : "";
    }

    public AssessmentOverview overview(long assessmentId) {
        Assessment assessment = find(assessmentId);
        return overview(assessment, organisation.city(assessment.cityId()));
    }

    /** The framework version the assessment is pinned to. */
    public Framework framework(long assessmentId) {
        Assessment assessment = find(assessmentId);
        organisation.requireView(assessment.cityId());
        return catalog.version(assessment.frameworkVersion());
    }

    /** The items in scope of the assessment, theme by theme, in questionnaire order. */
    public List<Theme> themesInScope(long assessmentId) {
        return scope(assessmentId).themes();
    }

    public AssessmentScope scope(long assessmentId) {
        Assessment assessment = find(assessmentId);
        organisation.requireView(assessment.cityId());
        return AssessmentScoring.scope(assessment, catalog.version(assessment.frameworkVersion()));
    }

    /** Every saved answer of the city team, by item id. */
    public Map<String, SavedAnswer> answers(long assessmentId) {
        return answers(assessmentId, Perspective.LOCAL);
    }

    /**
     * Every saved answer of one perspective, by item id. Anyone who may see the city sees both, except that the city
     * team sees the national set only once it has submitted its round ({@link #nationalHiddenFrom}).
     */
    public Map<String, SavedAnswer> answers(long assessmentId, Perspective perspective) {
        Assessment assessment = find(assessmentId);
        CurrentUser user = organisation.requireView(assessment.cityId());
        if (perspective == Perspective.NATIONAL && nationalHiddenFrom(user, assessment)) {
            throw new NotPermittedException("The national view is shown to the city once its round is submitted");
        }
        return views(assessmentId, perspective, new HashMap<>());
    }

    /**
     * Saves one answer of the signed-in user's own perspective at once: a city team member's answer, or a national
     * focal point's national rating. It runs in its own transaction, so "saved" means committed. {@code expectedVersion} is
     * the version the user started from ({@link SavedAnswer#NEW} if none): if someone saved in between, nothing is
     * written and the conflict carries their value. Any other failure propagates, for the caller to retry.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SavedAnswer save(long assessmentId, String itemId, AnswerDraft draft, long expectedVersion) {
        return save(assessmentId, itemId, draft, expectedVersion, null);
    }

    /**
     * Saves one answer as {@link #save(long, String, AnswerDraft, long)} does, with the justification that a change
     * of a carried-over level needs (ignored for any other change): refused with nothing saved when it is missing,
     * blank or longer than {@link AnswerDraft#MAX_JUSTIFICATION}.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SavedAnswer save(
            long assessmentId, String itemId, AnswerDraft draft, long expectedVersion, @Nullable String justification) {
        try {
            SavedAnswer saved = saveOnce(assessmentId, itemId, draft, expectedVersion, justification);
            saveMetrics.saved(1);
            return saved;
        } catch (RuntimeException e) {
            saveMetrics.notSaved(e);
            throw e;
        }
    }

    private SavedAnswer saveOnce(
            long assessmentId, String itemId, AnswerDraft draft, long expectedVersion, @Nullable String justification) {
        InvalidRoundInputException problem = draft.problem();
        if (problem != null) {
            throw problem;
        }
        String why = justification == null ? "" : justification.strip();
        if (why.length() > AnswerDraft.MAX_JUSTIFICATION) {
            throw new InvalidRoundInputException("justification", "answer.error.justification-too-long");
        }
        try {
            SavedAnswer saved = writeTransaction.execute(
                    status -> saveInTransaction(assessmentId, itemId, draft, expectedVersion, why));
            if (saved == null) {
                throw new IllegalStateException("save returned nothing");
            }
            return saved;
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // A conflict only if the stored answer is no longer the one the user started from. Anything else (a
            // write the database refused, a database in trouble) is a failure: the card says "not saved" and retries.
            SavedAnswer stored = currentAnswer(assessmentId, itemId);
            if (stored.version() != expectedVersion) {
                throw new AnswerConflictException(stored);
            }
            throw e;
        }
    }

    /**
     * Saves several answers of the signed-in user's perspective all or nothing, in one transaction (an import):
     * each as {@link #save(long, String, AnswerDraft, long)} would, with the version the user started from. If any is
     * refused (invalid, a conflict, a carried-over level changed without a justification, a locked round) nothing is
     * saved and that refusal propagates. Each saved answer is in the history under the signed-in user.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<SavedAnswer> saveAll(long assessmentId, Map<String, AnswerDraft> drafts, Map<String, Long> versions) {
        try {
            List<SavedAnswer> saved = saveAllOnce(assessmentId, drafts, versions);
            saveMetrics.saved(saved.size());
            return saved;
        } catch (RuntimeException e) {
            saveMetrics.notSaved(e);
            throw e;
        }
    }

    private List<SavedAnswer> saveAllOnce(
            long assessmentId, Map<String, AnswerDraft> drafts, Map<String, Long> versions) {
        for (AnswerDraft draft : drafts.values()) {
            InvalidRoundInputException problem = draft.problem();
            if (problem != null) {
                throw problem;
            }
        }
        List<SavedAnswer> saved = writeTransaction.execute(status -> {
            List<SavedAnswer> done = new ArrayList<>();
            for (Map.Entry<String, AnswerDraft> draft : drafts.entrySet()) {
                long expected = versions.getOrDefault(draft.getKey(), SavedAnswer.NEW);
                done.add(saveInTransaction(assessmentId, draft.getKey(), draft.getValue(), expected, ""));
            }
            return done;
        });
        return saved == null ? List.of() : saved;
    }

    private SavedAnswer saveInTransaction(
            long assessmentId, String itemId, AnswerDraft draft, long expectedVersion, String justification) {
        // Saves of one round wait for each other here, so a save of another item is never a conflict, and the
        // answer read below is the latest committed one.
        Assessment assessment = findForChange(assessmentId);
        Perspective perspective = perspectiveOf(organisation.currentUser());
        // The national rating has no workflow of its own: it may go on while the city's round is reviewed or done.
        CurrentUser user = perspective == Perspective.NATIONAL
                ? organisation.requireNationalRating(assessment.cityId())
                : organisation.requireAnswer(assessment.cityId());
        if (perspective == Perspective.LOCAL && !assessment.status().editable()) {
            throw new AssessmentNotEditableException(assessmentId, assessment.status());
        }
        Framework framework = catalog.version(assessment.frameworkVersion());
        if (!AssessmentScoring.scope(assessment, framework).containsItem(itemId)) {
            throw new InvalidRoundInputException("item", "answer.error.item");
        }
        Optional<Answer> existing =
                answers.findByAssessmentIdAndPerspectiveAndItemId(assessmentId, perspective, itemId);
        long actualVersion = existing.map(Answer::version).orElse(SavedAnswer.NEW);
        if (actualVersion != expectedVersion) {
            throw new AnswerConflictException(
                    existing.map(found -> view(found, new HashMap<>())).orElse(SavedAnswer.unanswered(itemId)));
        }
        AnswerDraft before = existing.map(Answer::draft).orElse(null);
        if (draft.equals(before)) {
            return view(existing.get(), new HashMap<>());
        }
        // National ratings are not a change of the city's round: they leave its last change alone.
        Instant now = perspective == Perspective.LOCAL
                ? assessment.nextChangeAt(clock.instant())
                : clock.instant().truncatedTo(ChronoUnit.MICROS);
        Answer answer = existing.orElseGet(() -> new Answer(assessmentId, perspective, itemId, user.id(), now));
        AssessmentChanged.@Nullable CarriedOver carriedOver = null;
        if (before != null && (before.state() != draft.state() || !Objects.equals(before.level(), draft.level()))) {
            // A new level for a carried-over answer settles it; moving away from the carried level needs a reason.
            if (answer.departsFromCarried(draft)) {
                if (justification.isEmpty()) {
                    throw new InvalidRoundInputException("justification", "answer.error.justification-required");
                }
                answer.settle(justification);
                carriedOver = new AssessmentChanged.CarriedOver(justification);
            } else if (answer.carryOver() != null) {
                answer.settle(null);
                carriedOver = new AssessmentChanged.CarriedOver(null);
            }
        }
        answer.apply(draft, user.id(), now);
        Answer saved = answers.saveAndFlush(answer);
        if (perspective == Perspective.LOCAL) {
            assessments.touch(assessmentId, now);
        }
        rememberPosition(assessmentId, user.id(), itemId);
        events.publishEvent(new AssessmentChanged.AnswerChanged(
                assessmentId, perspective, itemId, before, draft, user.id(), now, carriedOver));
        return view(saved, new HashMap<>());
    }

    /**
     * Confirms carried-over answers unchanged: the one given (at the version the user has, else a conflict) or,
     * with a theme id, every one of the theme still to confirm. Each confirmation is in the trail. Returns how many
     * were confirmed.
     */
    @Transactional
    public int confirmCarriedOver(long assessmentId, String itemOrThemeId, long expectedVersion) {
        Assessment assessment = findForChange(assessmentId);
        CurrentUser user = organisation.requireAnswer(assessment.cityId());
        if (!assessment.status().editable()) {
            throw new AssessmentNotEditableException(assessmentId, assessment.status());
        }
        AssessmentScope scope = AssessmentScoring.scope(assessment, catalog.version(assessment.frameworkVersion()));
        Optional<Theme> theme = scope.themes().stream()
                .filter(candidate -> candidate.id().equals(itemOrThemeId))
                .findFirst();
        if (theme.isEmpty() && !scope.containsItem(itemOrThemeId)) {
            throw new InvalidRoundInputException("item", "answer.error.item");
        }
        Set<String> items = theme.map(
                        found -> found.items().stream().map(Item::id).collect(Collectors.toSet()))
                .orElse(Set.of(itemOrThemeId));
        List<Answer> toConfirm = answers.findByAssessmentIdAndPerspective(assessmentId, Perspective.LOCAL).stream()
                .filter(answer -> items.contains(answer.itemId()) && answer.toConfirm())
                .toList();
        if (theme.isEmpty()) {
            long actual = toConfirm.isEmpty()
                    ? answers.findByAssessmentIdAndPerspectiveAndItemId(assessmentId, Perspective.LOCAL, itemOrThemeId)
                            .map(Answer::version)
                            .orElse(SavedAnswer.NEW)
                    : toConfirm.getFirst().version();
            if (actual != expectedVersion) {
                throw new AnswerConflictException(currentAnswer(assessmentId, itemOrThemeId));
            }
        }
        if (toConfirm.isEmpty()) {
            return 0;
        }
        Instant now = assessment.nextChangeAt(clock.instant());
        for (Answer answer : toConfirm) {
            answer.confirm(user.id(), now);
            events.publishEvent(new AssessmentChanged.AnswerChanged(
                    assessmentId,
                    Perspective.LOCAL,
                    answer.itemId(),
                    answer.draft(),
                    answer.draft(),
                    user.id(),
                    now,
                    new AssessmentChanged.CarriedOver(null)));
        }
        answers.flush();
        assessments.touch(assessmentId, now);
        return toConfirm.size();
    }

    private SavedAnswer currentAnswer(long assessmentId, String itemId) {
        return answers.findByAssessmentIdAndPerspectiveAndItemId(
                        assessmentId, perspectiveOf(organisation.currentUser()), itemId)
                .map(answer -> view(answer, new HashMap<>()))
                .orElse(SavedAnswer.unanswered(itemId));
    }

    /** Changes the target level of one theme; coordinators only. */
    @Transactional
    public void setTarget(long assessmentId, String themeId, int level) {
        Assessment assessment = findForChange(assessmentId);
        CurrentUser user = organisation.requireCoordinate(assessment.cityId());
        if (!assessment.status().editable()) {
            throw new AssessmentNotEditableException(assessmentId, assessment.status());
        }
        Integer before = assessment.targets().get(themeId);
        if (level < 0 || level > Item.MAX_LEVEL || before == null) {
            throw new InvalidRoundInputException("targets", "assessment.error.target");
        }
        if (before == level) {
            return;
        }
        Instant now = assessment.nextChangeAt(clock.instant());
        assessment.setTarget(themeId, level);
        assessment.touch(now);
        events.publishEvent(new AssessmentChanged.TargetChanged(assessmentId, themeId, before, level, user.id(), now));
    }

    /**
     * A round read from an archive of another installation (or this one), as {@link #importRound} recreates it:
     * its settings, status and last workflow step, and the answers of both perspectives. A person is a user id of
     * this installation when the archive's name matched one, else null with the name kept ({@code byName}).
     */
    public record RoundImport(
            long cityId,
            String roundLabel,
            int frameworkVersion,
            Tier tier,
            Set<String> modules,
            Map<String, Integer> targets,
            AssessmentStatus status,
            Instant createdAt,
            Instant updatedAt,
            @Nullable String statusNote,
            @Nullable Long statusChangedBy,
            @Nullable Instant statusChangedAt,
            List<AnswerImport> answers) {}

    /** One answer of an imported round, with who saved it last ({@code updatedBy} or only their name). */
    public record AnswerImport(
            Perspective perspective,
            String itemId,
            AnswerDraft draft,
            @Nullable Long updatedBy,
            @Nullable String updatedByName,
            Instant updatedAt) {}

    /**
     * Recreates an archived round in a city of this installation; administrators only, as part of the archive
     * import, whose caller checked every value first (this checks again what the database would not: the version is
     * installed, the label free, the items in scope, the levels valid). No event is published: the archive brings
     * its own history. Work done by unknown people is recorded under the importing administrator with the name kept.
     */
    @Transactional
    public long importRound(RoundImport round) {
        CurrentUser user = organisation.requireAdministrator();
        organisation.city(round.cityId());
        Framework framework = catalog.version(round.frameworkVersion());
        if (round.roundLabel().isEmpty()
                || round.roundLabel().length() > NewAssessment.MAX_ROUND_LABEL
                || !PlainText.isPlain(round.roundLabel())) {
            throw new InvalidRoundInputException("roundLabel", "assessment.error.round-label");
        }
        if (assessments.existsByCityIdAndRoundLabelIgnoreCase(round.cityId(), round.roundLabel())) {
            throw new InvalidRoundInputException("roundLabel", "assessment.error.round-exists");
        }
        Assessment assessment = new Assessment(
                round.cityId(),
                round.roundLabel(),
                framework.version(),
                framework.checksum(),
                round.tier(),
                user.id(),
                round.createdAt());
        assessment.selectModules(round.modules());
        Set<String> inScope = new java.util.HashSet<>();
        for (Theme theme : framework.themesInScope(round.modules())) {
            int target = round.targets().getOrDefault(theme.id(), theme.defaultTarget());
            if (target < 0 || target > Item.MAX_LEVEL) {
                throw new InvalidRoundInputException("targets", "assessment.error.target");
            }
            assessment.setTarget(theme.id(), target);
            theme.itemsFor(round.tier()).forEach(item -> inScope.add(item.id()));
        }
        if (round.status() != AssessmentStatus.DRAFT || round.statusChangedAt() != null) {
            assessment.changeStatus(
                    round.status(),
                    round.statusNote(),
                    Objects.requireNonNullElse(round.statusChangedBy(), user.id()),
                    Objects.requireNonNullElse(round.statusChangedAt(), round.updatedAt()));
        }
        assessment.touch(round.updatedAt());
        long id = assessments.save(assessment).id();
        for (AnswerImport imported : round.answers()) {
            InvalidRoundInputException problem = imported.draft().problem();
            if (problem != null) {
                throw problem;
            }
            if (!inScope.contains(imported.itemId())) {
                throw new InvalidRoundInputException("itemId", "answer.error.item");
            }
            Answer answer = new Answer(id, imported.perspective(), imported.itemId(), user.id(), imported.updatedAt());
            answer.restore(
                    imported.draft(),
                    Objects.requireNonNullElse(imported.updatedBy(), user.id()),
                    imported.updatedBy() == null ? imported.updatedByName() : null,
                    imported.updatedAt());
            answers.save(answer);
        }
        return id;
    }

    /** Remembers the item the signed-in user is looking at, so coming back resumes there. */
    @Transactional
    public void rememberPosition(long assessmentId, String itemId) {
        // Locked like a save, so this and a save by the same person cannot both insert the position.
        Assessment assessment = findForChange(assessmentId);
        CurrentUser user = organisation.requireView(assessment.cityId());
        rememberPosition(assessmentId, user.id(), itemId);
    }

    private void rememberPosition(long assessmentId, long userId, String itemId) {
        AssessmentPosition.Key key = new AssessmentPosition.Key(assessmentId, userId);
        positions
                .findById(key)
                .ifPresentOrElse(
                        position -> position.moveTo(itemId), () -> positions.save(new AssessmentPosition(key, itemId)));
    }

    /** The item the signed-in user last worked on, if any. */
    public Optional<String> lastPosition(long assessmentId) {
        Assessment assessment = find(assessmentId);
        CurrentUser user = organisation.requireView(assessment.cityId());
        return positions
                .findById(new AssessmentPosition.Key(assessmentId, user.id()))
                .map(AssessmentPosition::itemId);
    }

    /** Every round the signed-in user may see, most recently changed first, with its progress. */
    public List<AssessmentSummary> visibleAssessments() {
        Map<Long, CityRef> cities =
                organisation.visibleCities().stream().collect(Collectors.toMap(CityRef::id, Function.identity()));
        List<AssessmentSummary> result = new ArrayList<>();
        for (Assessment assessment : assessments.findByCityIdInOrderByUpdatedAtDesc(cities.keySet())) {
            AssessmentScore score = score(assessment);
            result.add(new AssessmentSummary(
                    assessment.id(),
                    cities.get(assessment.cityId()),
                    assessment.roundLabel(),
                    assessment.tier(),
                    assessment.status(),
                    score.answered(),
                    score.applicable(),
                    score.completeness(),
                    assessment.updatedAt()));
        }
        return result;
    }

    /** The city's own score of the assessment (completeness, index, themes), recomputed from its answers. */
    public AssessmentScore score(long assessmentId) {
        Assessment assessment = find(assessmentId);
        organisation.requireView(assessment.cityId());
        return score(assessment);
    }

    /**
     * The assessment read in one go for its results: the national ratings only where the signed-in user may see
     * them ({@link #nationalVisible}).
     */
    public AssessmentAnswers answersForResults(long assessmentId) {
        Assessment assessment = find(assessmentId);
        AssessmentOverview overview = overview(assessment, organisation.city(assessment.cityId()));
        Framework framework = catalog.version(assessment.frameworkVersion());
        Map<Long, String> names = new HashMap<>();
        boolean hidden = nationalHiddenFrom(organisation.currentUser(), assessment);
        return new AssessmentAnswers(
                overview,
                framework,
                AssessmentScoring.scope(assessment, framework),
                views(assessmentId, Perspective.LOCAL, names),
                hidden ? null : views(assessmentId, Perspective.NATIONAL, names));
    }

    /**
     * Checks that the signed-in user may see the assessment and tells what other modules need of it for their own
     * checks (its city, status, scope). The explicit access check for discussions, assignments and the history.
     */
    public AssessmentRef requireVisible(long assessmentId) {
        Assessment assessment = find(assessmentId);
        organisation.requireView(assessment.cityId());
        return ref(assessment);
    }

    /** Every assessment of a city the signed-in user may see, each with its scope. */
    public List<AssessmentRef> cityAssessments(long cityId) {
        organisation.requireView(cityId);
        return assessments.findWithModulesByCityId(cityId).stream()
                .map(this::ref)
                .toList();
    }

    /**
     * Those of the given rounds that belong to the city, which the signed-in user must be allowed to see: a cheap
     * check for modules that receive round ids from a caller (one id-only query, no scopes built).
     */
    public Set<Long> roundsOfCity(long cityId, Collection<Long> assessmentIds) {
        organisation.requireView(cityId);
        return assessmentIds.isEmpty() ? Set.of() : Set.copyOf(assessments.findIdsOfCity(cityId, assessmentIds));
    }

    /**
     * The city team's answers of some of a city's assessments, by assessment and item: one query for many rounds.
     * Ids of other cities' assessments are left out.
     */
    public Map<Long, Map<String, SavedAnswer>> cityAnswers(long cityId, Collection<Long> assessmentIds) {
        organisation.requireView(cityId);
        if (assessmentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        return answers.findOfCity(cityId, assessmentIds, Perspective.LOCAL).stream()
                .collect(Collectors.groupingBy(
                        Answer::assessmentId, Collectors.toMap(Answer::itemId, answer -> view(answer, names))));
    }

    private AssessmentRef ref(Assessment assessment) {
        return assessment.ref(catalog.version(assessment.frameworkVersion()));
    }

    private Map<String, SavedAnswer> views(long assessmentId, Perspective perspective, Map<Long, String> names) {
        return answers.findByAssessmentIdAndPerspective(assessmentId, perspective).stream()
                .collect(Collectors.toMap(Answer::itemId, answer -> view(answer, names)));
    }

    private AssessmentScore score(Assessment assessment) {
        Framework framework = catalog.version(assessment.frameworkVersion());
        return AssessmentScoring.score(
                assessment,
                framework,
                AssessmentScoring.scope(assessment, framework),
                answersByItem(assessment.id(), Perspective.LOCAL));
    }

    private Map<String, Answer> answersByItem(long assessmentId, Perspective perspective) {
        return answers.findByAssessmentIdAndPerspective(assessmentId, perspective).stream()
                .collect(Collectors.toMap(Answer::itemId, Function.identity()));
    }

    private AssessmentOverview overview(Assessment assessment, CityRef city) {
        CurrentUser user = organisation.currentUser();
        boolean cityTeam = user.role().cityRole() && Long.valueOf(city.id()).equals(user.cityId());
        boolean editable = assessment.status().editable();
        Perspective perspective = perspectiveOf(user);
        boolean canAnswer =
                perspective == Perspective.NATIONAL ? user.focalCities().contains(city.id()) : cityTeam && editable;
        return new AssessmentOverview(
                assessment.id(),
                city,
                assessment.roundLabel(),
                assessment.frameworkVersion(),
                assessment.tier(),
                assessment.status(),
                new LinkedHashSet<>(assessment.modules()),
                assessment.targets(),
                assessment.createdAt(),
                assessment.updatedAt(),
                perspective,
                canAnswer,
                cityTeam && user.role() == Role.CITY_COORDINATOR && editable,
                user.role() == Role.HUB_ADVISOR || user.role() == Role.ADMINISTRATOR,
                !catalog.version(assessment.frameworkVersion()).checksum().equals(assessment.frameworkChecksum()),
                assessment.statusChangedAt() == null || assessment.statusChangedBy() == null
                        ? null
                        : new AssessmentOverview.StatusStep(
                                directory.displayName(assessment.statusChangedBy()),
                                assessment.statusChangedAt(),
                                assessment.statusNote()));
    }

    /**
     * Whether the signed-in user may see the national ratings of the round (after checking that they may see its
     * city at all). This is the blind-rating check for other modules: the audit trail asks it, and so must every
     * export or API that shows anything of the national set.
     */
    public boolean nationalVisible(long assessmentId) {
        Assessment assessment = find(assessmentId);
        return !nationalHiddenFrom(organisation.requireView(assessment.cityId()), assessment);
    }

    /**
     * The blind-rating rule, the only place it is written. The city team (members and coordinators) does not see the
     * national ratings until it has submitted the round, so its own first view stays its own. From the first
     * submission on (submitted, in review, returned, validated) both sides see both, which is the point of the
     * comparison. A returned round stays visible although the team may edit again: it has already seen the national
     * view, and the review that returned the round is usually about where the two views differ. A round never goes
     * back to draft, so "not a draft" means "submitted at least once". A read API client of the hub is held to the
     * same rule as the city team: its dashboards may be shown anywhere, cities included, so it gets nothing national
     * of a round still rated blind. Everyone else who may see the city sees both.
     */
    private static boolean nationalHiddenFrom(CurrentUser user, Assessment assessment) {
        return (user.role().cityRole() || user.role() == Role.API_CLIENT)
                && assessment.status() == AssessmentStatus.DRAFT;
    }

    /** A user answers in one perspective only: focal points nationally, everyone else for the city. */
    private static Perspective perspectiveOf(CurrentUser user) {
        return user.role() == Role.NATIONAL_FOCAL_POINT ? Perspective.NATIONAL : Perspective.LOCAL;
    }

    private SavedAnswer view(Answer answer, Map<Long, String> names) {
        String by = answer.updatedByName() != null
                ? answer.updatedByName()
                : names.computeIfAbsent(answer.updatedBy(), directory::displayName);
        return new SavedAnswer(
                answer.itemId(), answer.draft(), answer.version(), by, answer.updatedAt(), answer.carryOver());
    }

    private Assessment find(long assessmentId) {
        return assessments.findById(assessmentId).orElseThrow(() -> new AssessmentNotFoundException(assessmentId));
    }

    private Assessment findForChange(long assessmentId) {
        return assessments
                .findForChangeById(assessmentId)
                .orElseThrow(() -> new AssessmentNotFoundException(assessmentId));
    }

    /**
     * Answer saves for the operator's metrics (README "Operations"): saved answers, conflicts, and failures, meaning
     * what the card shows as "not saved, trying again" (the database refused or was unreachable). Refusals the person
     * is told about (an invalid answer, a locked round, no access) are neither.
     */
    static final class SaveMetrics {

        private final Counter saved;
        private final Counter conflicts;
        private final Counter failures;

        SaveMetrics(MeterRegistry registry) {
            saved = Counter.builder("nlc.answer.saves")
                    .description("Answers saved (each answer of an import counts)")
                    .register(registry);
            conflicts = Counter.builder("nlc.answer.save.conflicts")
                    .description("Saves refused because someone else saved the same answer meanwhile")
                    .register(registry);
            failures = Counter.builder("nlc.answer.save.failures")
                    .description("Saves that failed on the server (database trouble); the card retries them")
                    .register(registry);
        }

        void saved(int answers) {
            saved.increment(answers);
        }

        void notSaved(RuntimeException e) {
            switch (e) {
                case AnswerConflictException conflict -> conflicts.increment();
                case InvalidInputException refused -> {}
                case AssessmentNotEditableException refused -> {}
                case AssessmentNotFoundException refused -> {}
                case NotPermittedException refused -> {}
                default -> failures.increment();
            }
        }
    }
}
