package io.nlc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Tier;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The archive import screen without a browser: the preview's counts and problems, and when it may be confirmed. */
@SpringBootTest
class ArchiveImportViewTest extends BrowserlessWorldTest {

    @Autowired
    AssessmentArchive archives;

    @Autowired
    AssessmentService assessments;

    long assessment;

    @BeforeEach
    void createRound() {
        Fixtures.signIn(world.coordinatorA1);
        assessment = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
    }

    @Test
    void aGoodArchiveShowsWhatItHoldsAndMayBeConfirmed() {
        Fixtures.signIn(world.memberA1);
        String item = assessments
                .themesInScope(assessment)
                .getFirst()
                .items()
                .getFirst()
                .id();
        assessments.save(assessment, item, AnswerDraft.empty().withLevel(2), SavedAnswer.NEW);
        Fixtures.signIn(world.admin);
        byte[] file = archives.export(assessment, false);
        ArchiveImportView view = navigate(ArchiveImportView.class);
        view.show(archives.preview(file, world.cityA2));
        assertThat($(Paragraph.class, view)
                        .withClassName("archive-counts")
                        .single()
                        .getText())
                .contains("1 answer,", "framework version");
        assertThat(confirm(view).isEnabled()).isTrue();
    }

    @Test
    void theUploadFieldSpeaksThePagesLanguageRatherThanVaadinsEnglish() {
        Fixtures.signIn(world.admin);
        ArchiveImportView view = navigate(ArchiveImportView.class);
        Upload upload = $(Upload.class, view).single();
        assertThat(upload.getI18n())
                .as("Vaadin's own English is used without it")
                .isNotNull();
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo(view.getTranslation("archive.upload.add"));
        assertThat(upload.getI18n().getError().getIncorrectFileType())
                .isEqualTo(view.getTranslation("archive.upload.wrong-type"));
    }

    @Test
    void aBadArchiveListsItsProblemsWithTheirPathAndCannotBeConfirmed() {
        Fixtures.signIn(world.admin);
        ArchiveImportView view = navigate(ArchiveImportView.class);
        view.show(archives.preview("{\"schema\": \"something else\"}".getBytes(StandardCharsets.UTF_8), null));
        assertThat($(UnorderedList.class, view)
                        .withClassName("archive-problems")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("$.schema: ", "not an assessment archive");
        assertThat(confirm(view).isEnabled()).isFalse();
    }

    private Button confirm(ArchiveImportView view) {
        return $(Button.class, view).withClassName("archive-confirm").single();
    }
}
