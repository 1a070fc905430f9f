package io.nlc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Language;
import io.nlc.content.SuggestedAction;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A suggested action taken into the plan can be saved as it stands, whatever its length and language. */
class ActionDraftTest {

    @Test
    void aShortSuggestionIsTheTitleWithNoDescription() {
        ActionDraft draft = ActionDraft.fromSuggestion(7, "  Sign the partnership agreement.  ", Set.of("T1"));
        assertThat(draft.title()).isEqualTo("Sign the partnership agreement.");
        assertThat(draft.description()).isEmpty();
        assertThat(draft.assessmentId()).isEqualTo(7);
        assertThat(draft.targets()).containsExactly("T1");
    }

    @Test
    void aLongSuggestionKeepsItsWholeTextAsTheDescriptionAndItsFirstSentenceAsTheTitle() {
        String text = "Chaque année, réunir la commission (art. 5) avec la province et la préfecture. " + "Puis "
                + "établir un compte rendu partagé avec chaque partenaire et le publier, ".repeat(4);
        ActionDraft draft = ActionDraft.fromSuggestion(1, text, Set.of());
        assertThat(draft.title())
                .as("not cut at the abbreviation's point")
                .isEqualTo("Chaque année, réunir la commission (art. 5) avec la province et la préfecture");
        assertThat(draft.description()).isEqualTo(text.strip());
    }

    @Test
    void aLongSentenceIsCutBetweenWordsWithAnEllipsis() {
        String text = "اعتماد جدول مكتوب للأدوار " + "بين الجماعة والعمالة والمصالح اللاممركزة ".repeat(4) + "؟ ثم";
        String title = ActionDraft.fromSuggestion(1, text, Set.of()).title();
        assertThat(title).hasSizeLessThanOrEqualTo(120).endsWith("…");
        assertThat(text).startsWith(title.substring(0, title.length() - 1));
        assertThat(title.charAt(title.length() - 2)).isNotEqualTo(' ');
    }

    @Test
    void everyShippedSuggestionInEveryLanguageGivesATitleThePlanAccepts() {
        FrameworkCatalog catalog = new FrameworkCatalog("classpath*:toolkit-content/");
        catalog.all()
                .forEach(framework -> framework.themes().forEach(theme -> {
                    for (SuggestedAction action : theme.actions()) {
                        for (Language language : Language.values()) {
                            String text = action.text().in(language);
                            ActionDraft draft = ActionDraft.fromSuggestion(1, text, Set.of());
                            assertThat(draft.title())
                                    .as(framework.version() + "/" + action.id() + "/" + language)
                                    .isNotBlank()
                                    .hasSizeLessThanOrEqualTo(ActionPlans.TITLE_LENGTH);
                            assertThat(draft.description().isEmpty() ? draft.title() : draft.description())
                                    .isEqualTo(text.strip());
                        }
                    }
                }));
    }
}
