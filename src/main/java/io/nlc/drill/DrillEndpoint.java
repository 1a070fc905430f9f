package io.nlc.drill;

import io.nlc.assessment.AnswerConflictException;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentNotEditableException;
import io.nlc.assessment.AssessmentNotFoundException;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentSummary;
import io.nlc.assessment.SavedAnswer;
import io.nlc.audit.AuditFilter;
import io.nlc.audit.AuditKind;
import io.nlc.audit.AuditRecord;
import io.nlc.audit.AuditTrail;
import io.nlc.content.Item;
import io.nlc.kernel.InvalidInputException;
import io.nlc.organisation.NotPermittedException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a drill client does, through the same services as the questionnaire: find its city's round, save an answer
 * with {@link AssessmentService#save} (answered 200 only once the save has returned, that is committed), and read
 * back the answers and the history to check that nothing acknowledged was lost. Service checks apply as for any
 * signed-in coordinator.
 */
@RestController
@RequestMapping("/drill")
@Profile(DrillProfile.NAME)
class DrillEndpoint {

    private final AssessmentService assessments;
    private final AuditTrail audit;

    DrillEndpoint(AssessmentService assessments, AuditTrail audit) {
        this.assessments = assessments;
        this.audit = audit;
    }

    /** The signed-in coordinator's drill round, its items and their saved answers. */
    @GetMapping("/round")
    Round round() {
        long id = assessments.visibleAssessments().stream()
                .filter(summary -> summary.roundLabel().equals(DrillData.ROUND))
                .map(AssessmentSummary::id)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No drill round"));
        List<String> items = assessments.themesInScope(id).stream()
                .flatMap(theme -> theme.items().stream())
                .map(Item::id)
                .toList();
        return new Round(id, items, answers(id));
    }

    @PutMapping("/answers/{assessmentId}/{itemId}")
    ResponseEntity<Saved> save(@PathVariable long assessmentId, @PathVariable String itemId, @RequestBody Save save) {
        AnswerDraft draft = AnswerDraft.empty().withLevel(save.level()).withComment(save.comment());
        try {
            SavedAnswer saved = assessments.save(assessmentId, itemId, draft, save.expectedVersion());
            return ResponseEntity.ok(Saved.of(saved));
        } catch (AnswerConflictException conflict) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Saved.of(conflict.current()));
        }
    }

    /** The comment of every answer change in the round's history, oldest first. */
    @GetMapping("/history/{assessmentId}")
    List<String> history(@PathVariable long assessmentId) {
        return audit.entries(assessmentId, AuditFilter.all()).stream()
                .filter(entry -> entry.kind() == AuditKind.ANSWER)
                .map(AuditRecord::newAnswer)
                .filter(Objects::nonNull)
                .map(AnswerDraft::comment)
                .toList()
                .reversed();
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<String> denied(NotPermittedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(e.getMessage());
    }

    @ExceptionHandler({AssessmentNotFoundException.class, NoSuchElementException.class})
    ResponseEntity<String> notFound(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(e.getMessage());
    }

    @ExceptionHandler({InvalidInputException.class, AssessmentNotEditableException.class})
    ResponseEntity<String> refused(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(e.getMessage());
    }

    private Map<String, Saved> answers(long assessmentId) {
        Map<String, Saved> result = new TreeMap<>();
        assessments.answers(assessmentId).forEach((item, answer) -> result.put(item, Saved.of(answer)));
        return result;
    }

    record Round(long assessmentId, List<String> items, Map<String, Saved> answers) {}

    record Save(int level, String comment, long expectedVersion) {}

    /** A stored answer as the drill sees it: its version and comment (the comment carries the save's token). */
    record Saved(long version, String comment) {

        static Saved of(SavedAnswer answer) {
            return new Saved(answer.version(), answer.draft().comment());
        }
    }
}
