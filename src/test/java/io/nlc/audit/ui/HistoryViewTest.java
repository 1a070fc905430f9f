package io.nlc.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.testsupport.BrowserlessWorldTest;
import com.vaadin.flow.component.grid.Grid;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AnswerView;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.audit.AuditRecord;
import io.nlc.content.Tier;
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

    @Test
    void historyListsEveryChangeAndFiltersByItem() {
        Fixtures.signIn(world.coordinatorA1);
        long id = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        List<String> items = assessments.themesInScope(id).getFirst().items().stream().map(i -> i.id()).toList();
        Fixtures.signIn(world.memberA1);
        AnswerView first = assessments.save(id, items.get(0), AnswerDraft.empty().withLevel(1), AnswerView.NEW);
        assessments.save(id, items.get(0), first.draft().withLevel(2), first.version());
        assessments.save(id, items.get(1), AnswerDraft.empty().withLevel(3), AnswerView.NEW);

        navigate(HistoryView.class, Map.of("id", String.valueOf(id)));
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = $(Grid.class).withClassName("history-table").single();
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(4);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo(items.get(1));
        assertThat(test(grid).getCellText(1, 3)).isEqualTo("Level 1 → Level 2");
        assertThat(test(grid).getCellText(3, 3)).isEqualTo("Draft");

        navigate("about", com.vaadin.flow.component.Component.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("assessments/" + id + "/history",
                com.vaadin.flow.router.QueryParameters.of("item", items.get(0)));
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> filtered = $(Grid.class).withClassName("history-table").single();
        assertThat(filtered.getGenericDataView().getItems().map(AuditRecord::itemId)).containsOnly(items.get(0))
                .hasSize(2);
    }
}
