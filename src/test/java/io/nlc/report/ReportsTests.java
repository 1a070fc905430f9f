package io.nlc.report;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.Confidence;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.discussion.Discussions;
import io.nlc.organisation.NotPermittedException;
import io.nlc.portfolio.PortfolioMode;
import io.nlc.results.Results;
import io.nlc.scoring.AnswerState;
import io.nlc.testsupport.RoundTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The PDF reports: what they print in each language (read back with PDFBox), that their pages are drawn, and that
 * they show only what the reader may see. Run on H2 and PostgreSQL.
 */
abstract class ReportsTests extends RoundTest {

    static final String NOTE = "Minutes of the joint committee, March";
    static final String LINK = "https://example.org/minutes-march.pdf";
    static final String ADVISOR_COMMENT = "Please attach the signed agreement";

    @Autowired
    AssessmentReports reports;

    @Autowired
    PortfolioReports portfolioReports;

    @Autowired
    Results results;

    @Autowired
    Discussions discussions;

    @Autowired
    AssessmentWorkflow workflow;

    Item first;
    Item second;
    Theme firstTheme;

    @BeforeEach
    void answerSomeItems() {
        first = roundItems.get(0);
        second = roundItems.get(1);
        firstTheme = service.themesInScope(round).getFirst();
        signIn(world.memberA1);
        service.save(
                round,
                first.id(),
                new AnswerDraft(AnswerState.LEVEL, 3, NOTE, List.of(LINK), Confidence.HIGH),
                SavedAnswer.NEW);
        service.save(round, second.id(), AnswerDraft.empty().withState(AnswerState.NOT_APPLICABLE), SavedAnswer.NEW);
        signIn(world.advisorA);
        discussions.start(round, first.id(), ADVISOR_COMMENT);
    }

    @Test
    void eachLanguageHoldsItsHeadingsNamesLevelsAndIndex() {
        for (Language language : Language.values()) {
            signIn(world.coordinatorA1);
            ReportTexts texts = new ReportTexts(language);
            String index = texts.score(results.results(round).score().index());
            byte[] pdf = reports.pdf(round, language, false);
            String text = flat(PdfPages.text(pdf));

            for (String expected : List.of(
                    texts.get("report.title"),
                    texts.get("report.summary"),
                    texts.get("report.themes"),
                    texts.get("report.plan"),
                    texts.get("report.trend"),
                    texts.get("status.DRAFT"),
                    texts.get("results.index"),
                    texts.get("item.level", 3),
                    texts.get("choice.NOT_APPLICABLE"),
                    firstTheme.name().in(language),
                    first.level(3).in(language))) {
                for (String part : readable(expected, language)) {
                    assertThat(text).as(language + " report").contains(part);
                }
            }
            assertThat(text)
                    .contains(index)
                    .contains("City A1")
                    .contains(NOTE)
                    .contains(LINK)
                    .contains(ADVISOR_COMMENT);
        }
    }

    @Test
    void aRangeOfNumbersInALabelIsNeverBrokenAcrossLines() {
        signIn(world.advisorA);
        // A line that ends in a number and a dash: a range such as the index's "(0–100)" broken in a narrow cell.
        String brokenRange = "\\d ?[–-]\\h*\\R";
        for (Language language : Language.values()) {
            assertThat(new ReportTexts(language).get("results.index")).contains("(0–100)");
            assertThat(PdfPages.text(reports.pdf(round, language, false)))
                    .as(language + " report")
                    .doesNotContainPattern(brokenRange);
            assertThat(PdfPages.text(portfolioReports.pdf(world.hubA, PortfolioMode.LATEST, language)))
                    .as(language + " portfolio")
                    .doesNotContainPattern(brokenRange);
        }
    }

    @Test
    void internalNotesAndLinksArePrintedOnlyWhenTheReaderAsksForThem() {
        signIn(world.memberA1);
        SavedAnswer saved = service.answers(round).get(first.id());
        service.save(
                round,
                first.id(),
                saved.draft()
                        .withCommentSensitivity(AnswerDraft.Sensitivity.INTERNAL)
                        .withEvidenceSensitivity(AnswerDraft.Sensitivity.INTERNAL),
                saved.version());
        signIn(world.coordinatorA1);
        String shareableOnly = flat(PdfPages.text(reports.pdf(round, Language.EN, false)));
        assertThat(shareableOnly).doesNotContain(NOTE).doesNotContain(LINK).contains(ADVISOR_COMMENT);
        String withInternal = flat(PdfPages.text(reports.pdf(round, Language.EN, true)));
        assertThat(withInternal).contains(NOTE).contains(LINK);
    }

    @Test
    void arabicExtractsInLogicalOrder() {
        signIn(world.coordinatorA1);
        ReportTexts arabic = new ReportTexts(Language.AR);
        String text = flat(PdfPages.text(reports.pdf(round, Language.AR, false)));
        // Extracted as typed, first letter first: shaped glyphs laid out right to left read back in reading order.
        for (String expected : List.of(
                arabic.get("report.title"),
                arabic.get("report.provenance"),
                arabic.get("results.completeness"),
                arabic.get("report.plan.none"),
                firstTheme.name().in(Language.AR))) {
            assertThat(text).contains(flat(expected));
        }
    }

    @Test
    void everyPageIsDrawn() {
        signIn(world.coordinatorA1);
        for (Language language : Language.values()) {
            byte[] pdf = reports.pdf(round, language, false);
            assertThat(PdfPages.pages(pdf)).isGreaterThanOrEqualTo(3);
            for (double ink : PdfPages.inkPerPage(pdf)) {
                assertThat(ink).as(language + " page ink").isGreaterThan(0.002);
            }
        }
    }

    @Test
    void anotherCityARaterAndAnotherHubAreRefused() {
        for (String stranger : List.of(world.memberB1, world.coordinatorA2, world.raterA1, world.advisorB)) {
            signIn(stranger);
            assertThatThrownBy(() -> reports.pdf(round, Language.EN, false))
                    .as(stranger)
                    .isInstanceOf(NotPermittedException.class);
        }
        signIn(world.advisorA);
        assertThat(reports.pdf(round, Language.EN, false)).isNotEmpty();
    }

    @Test
    void theNationalViewOnlyWhereTheReaderMaySeeIt() {
        signIn(world.nationalA1B1);
        service.save(round, first.id(), AnswerDraft.empty().withLevel(1), SavedAnswer.NEW);
        ReportTexts texts = new ReportTexts(Language.EN);
        // The national side's own figures, as the summary line begins before its numbers.
        String figures = flat(texts.get("results.national.summary").substring(0, 15));
        String withheld = flat(texts.get("results.national.hidden"));

        signIn(world.coordinatorA1);
        assertThat(flat(PdfPages.text(reports.pdf(round, Language.EN, false))))
                .as("the city rates blind until it submits, and is told so")
                .doesNotContain(figures)
                .contains(withheld);
        signIn(world.advisorA);
        assertThat(flat(PdfPages.text(reports.pdf(round, Language.EN, false))))
                .contains(figures)
                .doesNotContain(withheld);

        signIn(world.coordinatorA1);
        workflow.submit(round, "first pass");
        assertThat(flat(PdfPages.text(reports.pdf(round, Language.EN, false))))
                .as("after submitting")
                .contains(figures)
                .doesNotContain(withheld);
    }

    @Test
    void portfolioForTheHubsAdvisorsOnly() {
        signIn(world.advisorA);
        for (Language language : Language.values()) {
            byte[] pdf = portfolioReports.pdf(world.hubA, PortfolioMode.LATEST, language);
            String text = flat(PdfPages.text(pdf));
            assertThat(text).contains("City A1").contains("City A2").doesNotContain("City B1");
            assertThat(text).contains(flat(new ReportTexts(language).get("report.portfolio.title")));
            for (double ink : PdfPages.inkPerPage(pdf)) {
                assertThat(ink).isGreaterThan(0.002);
            }
        }
        for (String stranger : List.of(world.coordinatorA1, world.memberA1, world.raterA1, world.advisorB)) {
            signIn(stranger);
            assertThatThrownBy(() -> portfolioReports.pdf(world.hubA, PortfolioMode.LATEST, Language.EN))
                    .as(stranger)
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    /**
     * What of an expected text must read back as it is: all of it in English and French; in Arabic each run of Arabic
     * words on its own. PDFBox extracts a line by its own bidi pass, which keeps Arabic runs in logical order but puts
     * the digits, Latin words and (mirrored) brackets mixed into them at either end of their line; those are checked
     * as values elsewhere.
     */
    static List<String> readable(String expected, Language language) {
        if (language != Language.AR) {
            return List.of(flat(expected));
        }
        return Arrays.stream(expected.split("[^\\p{IsArabic}\\s]+"))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(ReportsTests::flat)
                .toList();
    }

    /** Line breaks and runs of spaces as one space: the layout wraps long texts anywhere. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
