package io.nlc.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Tier;
import io.nlc.kernel.DataTable;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class HistoryViewTest extends BrowserlessWorldTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentWorkflow workflow;

    @Test
    void historyListsEveryChangeAndFiltersByItem() {
        Fixtures.signIn(world.coordinatorA1);
        long id = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        List<String> items = assessments.themesInScope(id).getFirst().items().stream()
                .map(i -> i.id())
                .toList();
        Fixtures.signIn(world.memberA1);
        SavedAnswer first =
                assessments.save(id, items.get(0), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        assessments.save(id, items.get(0), first.draft().withLevel(2), first.version());
        assessments.save(id, items.get(1), AnswerDraft.empty().withLevel(3), SavedAnswer.NEW);

        navigate(HistoryView.class, Map.of("id", String.valueOf(id)));
        DataTable<?> grid = $(DataTable.class).withClassName("history-table").single();
        // The member's two quick saves of the first item are one change, from before the first to after the last.
        assertThat(grid.rowCount()).isEqualTo(3);
        assertThat(grid.cellText(0, 2)).isEqualTo(items.get(1));
        assertThat(grid.cellText(1, 3)).isEqualTo("no answer → Level 2 (2 saves)");
        assertThat(grid.cellText(2, 3)).isEqualTo("Draft");
        // When, who and what break between words only, never mid-name ("Sarah Hadda|d") on a desktop table.
        assertThat($(com.vaadin.flow.component.html.NativeTableHeaderCell.class, grid)
                        .all())
                .extracting(cell -> cell.getClassNames().contains("words"))
                .containsExactly(true, true, true, false, false);

        navigate("about", com.vaadin.flow.component.Component.class);
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "assessments/" + id + "/history",
                        com.vaadin.flow.router.QueryParameters.of("item", items.get(0)));
        DataTable<?> filtered =
                $(DataTable.class).withClassName("history-table").single();
        assertThat(filtered.rowCount()).isEqualTo(1);
        assertThat(filtered.cellText(0, 2)).isEqualTo(items.get(0));
    }

    @Test
    void eachEntrySaysOnlyWhatChangedAndAnotherPersonsSaveIsNotMergedIn() {
        Fixtures.signIn(world.coordinatorA1);
        long id = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        String item =
                assessments.themesInScope(id).getFirst().items().getFirst().id();
        Fixtures.signIn(world.memberA1);
        SavedAnswer first = assessments.save(
                id, item, AnswerDraft.empty().withLevel(2).withComment("council minutes"), SavedAnswer.NEW);
        Fixtures.signIn(world.secondMemberA1);
        SavedAnswer second = assessments.save(
                id, item, first.draft().withEvidence(List.of("https://commune.example.ma/pv.pdf")), first.version());
        Fixtures.signIn(world.memberA1);
        assessments.save(
                id, item, second.draft().withConfidence(io.nlc.assessment.Confidence.MEDIUM), second.version());

        navigate(HistoryView.class, Map.of("id", String.valueOf(id)));
        DataTable<?> grid = $(DataTable.class).withClassName("history-table").single();
        assertThat(grid.rowCount()).isEqualTo(4);
        assertThat(grid.cellText(0, 3)).isEqualTo("Confidence: none → Medium");
        assertThat(grid.cellText(1, 3)).isEqualTo("Link added: https://commune.example.ma/pv.pdf");
        assertThat(grid.cellText(2, 3)).isEqualTo("no answer → Level 2 · Note added: “council minutes”");
    }

    /**
     * The review saw a carried-over answer changed to "don't know" read "… · Note added: “X” · Confidence: Medium →
     * none (carried over): X": its note twice and a confidence change that a "don't know" cannot have.
     */
    @Test
    void aCarriedOverAnswerChangedForAReasonSaysItsNoteOnceAndNoConfidenceForADontKnow() {
        Fixtures.signIn(world.coordinatorA1);
        long first = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        List<String> items = assessments.themesInScope(first).getFirst().items().stream()
                .map(i -> i.id())
                .toList();
        assessments.save(
                first,
                items.get(0),
                AnswerDraft.empty().withLevel(2).withConfidence(io.nlc.assessment.Confidence.MEDIUM),
                SavedAnswer.NEW);
        assessments.save(first, items.get(1), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        workflow.submit(first, "T1 only for now");
        long next = assessments.startNext(new NewAssessment(world.cityA1, "2027", Tier.CORE, Set.of(), Map.of()));
        SavedAnswer carried = assessments.answers(next).get(items.get(0));
        String reason = "Nobody could tell us whether the committee still meets";
        assessments.save(
                next,
                items.get(0),
                AnswerDraft.empty()
                        .withState(io.nlc.scoring.AnswerState.DONT_KNOW)
                        .withComment(reason),
                carried.version(),
                reason);
        SavedAnswer second = assessments.answers(next).get(items.get(1));
        assessments.save(
                next,
                items.get(1),
                second.draft().withLevel(2).withConfidence(io.nlc.assessment.Confidence.HIGH),
                second.version(),
                "A second meeting");

        navigate(HistoryView.class, Map.of("id", String.valueOf(next)));
        DataTable<?> grid = $(DataTable.class).withClassName("history-table").single();
        java.util.List<String> changes = new java.util.ArrayList<>();
        for (int row = 0; row < grid.rowCount(); row++) {
            changes.add(grid.cellText(row, 3));
        }
        assertThat(changes)
                .contains(
                        "Level 2 → Don’t know (carried over): " + reason,
                        "Level 1 → Level 2 · Confidence: none → High (carried over): A second meeting");
    }

    @Test
    void aCityMemberSeesNoNationalRatingInTheHistoryUntilTheRoundIsSubmitted() {
        Fixtures.signIn(world.coordinatorA1);
        long id = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        String item =
                assessments.themesInScope(id).getFirst().items().getFirst().id();
        Fixtures.signIn(world.memberA1);
        assessments.save(id, item, AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        Fixtures.signIn(world.nationalA1B1);
        assessments.save(id, item, AnswerDraft.empty().withLevel(4).withComment("focal-wrote-this"), SavedAnswer.NEW);
        String focalPoint = "Name of " + world.nationalA1B1;

        Fixtures.signIn(world.memberA1);
        for (String only : java.util.Arrays.asList(null, item)) {
            String route = open(id, only);
            assertThat(rows())
                    .as(route)
                    .hasSize(only == null ? 2 : 1)
                    .noneMatch(row -> row.contains(focalPoint)
                            || row.contains("National view")
                            || row.contains("focal-wrote-this"));
            assertThat(people()).as(route).doesNotContain(focalPoint).contains("Name of " + world.memberA1);
        }

        Fixtures.signIn(world.coordinatorA1);
        workflow.submit(id, "first pass");
        Fixtures.signIn(world.memberA1);
        open(id, item);
        assertThat(rows())
                .hasSize(2)
                .anyMatch(row ->
                        row.contains(focalPoint) && row.contains("National view") && row.contains("focal-wrote-this"));
        assertThat(people()).contains(focalPoint);
    }

    /** Opens the history of the assessment, or of one item of it, from another page; returns the route. */
    private String open(long id, String item) {
        navigate("about", com.vaadin.flow.component.Component.class);
        String route = "assessments/" + id + "/history";
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        route,
                        item == null
                                ? com.vaadin.flow.router.QueryParameters.empty()
                                : com.vaadin.flow.router.QueryParameters.of("item", item));
        return item == null ? route : route + "?item=" + item;
    }

    /** Each row of the history table as its cells' text joined by " | ". */
    private List<String> rows() {
        DataTable<?> grid = $(DataTable.class).withClassName("history-table").single();
        int columns = 5;
        return java.util.stream.IntStream.range(0, grid.rowCount())
                .mapToObj(row -> java.util.stream.IntStream.range(0, columns)
                        .mapToObj(column -> grid.cellText(row, column))
                        .collect(java.util.stream.Collectors.joining(" | ")))
                .toList();
    }

    /** The names the person filter offers. */
    private List<String> people() {
        @SuppressWarnings("unchecked")
        Select<Long> person = $(Select.class).withLabel("Person").single();
        return person.getGenericDataView()
                .getItems()
                .map(person.getItemLabelGenerator())
                .toList();
    }
}
