package io.nlc.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.testsupport.TestPacks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/**
 * The glossary check of a version's texts (issue 13, content packs): a form a glossary term says to avoid is
 * reported with its file, item, field, language and the glossary's term; the rule keeps the right forms that hold
 * the same letters; the shipped version 2 has no such form, and the frozen version 1, written before the glossary,
 * has them, so the check does find what it looks for.
 */
class AvoidedFormsTest {

    private static final Glossary SHIPPED = FrameworkReader.readGlossary(new FileSystemResource("toolkit-content/"));

    @Test
    void aPackWhoseArabicQuestionUsesAnAvoidedFormIsWarnedWithWhereAndWhatInstead() {
        Glossary glossary = FrameworkReader.readGlossary(new ClassPathResource("test-content/"));
        byte[] zip = TestPacks.edited(
                3,
                files -> files.put(
                        "themes/t1.yaml",
                        files.get("themes/t1.yaml")
                                .replace("ar: \"السؤال T1.2؟\"", "ar: \"هل يوجد إطار للتعاون الوطني المحلي؟\"")));

        CheckedFramework checked = ContentPackReader.check("v3.zip", zip, glossary);

        assertThat(checked.framework().version()).isEqualTo(3);
        assertThat(checked.warnings())
                .containsExactly(new ContentProblem(
                        "themes/t1.yaml",
                        "T1.2",
                        "content.warning.avoided.ar",
                        "question",
                        "التعاون الوطني المحلي",
                        "التعاون بين المستويين الوطني والمحلي"));
        assertThat(checked.warnings().getFirst().message())
                .isEqualTo("The Arabic text of “question” uses “التعاون الوطني المحلي”, which the glossary says to"
                        + " avoid. The glossary’s term is “التعاون بين المستويين الوطني والمحلي”.");
        assertThat(ContentPackReader.check("v3.zip", TestPacks.good(3), glossary)
                        .warnings())
                .isEmpty();
    }

    @Test
    void formsMatchAsWholeWordsWithArabicParticlesAndNotInsideAGlossaryTerm() {
        assertThat(found(Language.AR, "المحاور الستة والمحاور الأخرى"))
                .as("the axes")
                .isEmpty();
        assertThat(found(Language.AR, "اسم المحاور لدى الشريك: محاور واحد")).containsExactly("محاور");
        assertThat(found(Language.AR, "يسمّي محاوِر الشريك"))
                .as("short vowels ignored")
                .containsExactly("محاور");
        assertThat(found(Language.AR, "مع مؤسسة التعاون الوطني ولمؤسسة التعاون الوطني"))
                .as("the institution's own name")
                .isEmpty();
        assertThat(found(Language.AR, "مع التعاون الوطني")).containsExactly("التعاون الوطني");
        assertThat(found(Language.AR, "لجنة التعاون الوطني المحلي"))
                .as("the longer form only")
                .containsExactly("التعاون الوطني المحلي");
        assertThat(found(Language.AR, "التطرف العنيف والاستقطاب المجتمعي")).isEmpty();
        assertThat(found(Language.AR, "التطرف العنيف والاستقطاب")).containsExactly("الاستقطاب");
        assertThat(found(Language.AR, "يتعرضون للاستقطاب"))
                .as("ل before the article")
                .containsExactly("الاستقطاب");
        assertThat(found(Language.AR, "للاستقطاب المجتمعي وللتعاون بين المستويين الوطني والمحلي"))
                .isEmpty();
        assertThat(found(Language.FR, "Une règle obligatoire, mandatory en anglais."))
                .isEmpty();
        assertThat(found(Language.FR, "Les Mandats de la commune")).containsExactly("mandat");
        assertThat(found(Language.EN, "A Person at Risk is referred.")).containsExactly("person at risk");
    }

    @Test
    void theWarningNamesTheGlossaryTermInTheLanguageOfTheText() {
        List<ContentProblem> warnings = new AvoidedForms(SHIPPED)
                .find(
                        "themes/t1.yaml",
                        "T1.1",
                        "levels.2",
                        Map.of(Language.EN, "A mandat.", Language.FR, "Un mandat écrit.", Language.AR, "نص"));
        assertThat(warnings)
                .containsExactly(
                        new ContentProblem(
                                "themes/t1.yaml",
                                "T1.1",
                                "content.warning.avoided.en",
                                "levels.2",
                                "mandat",
                                "role of the commune (written framework)"),
                        new ContentProblem(
                                "themes/t1.yaml",
                                "T1.1",
                                "content.warning.avoided.fr",
                                "levels.2",
                                "mandat",
                                "rôle de la commune (cadre écrit)"));
    }

    @Test
    void theShippedVersionTwoUsesNoAvoidedFormAndVersionOneDoes() {
        assertThat(SHIPPED.terms()).as("the shipped glossary").hasSizeGreaterThan(5);
        assertThat(FrameworkReader.check(new FileSystemResource("toolkit-content/v2/"), SHIPPED)
                        .warnings())
                .isEmpty();
        assertThat(FrameworkReader.check(new FileSystemResource("toolkit-content/v1/"), SHIPPED)
                        .warnings())
                .extracting(ContentProblem::key)
                .contains("content.warning.avoided.ar", "content.warning.avoided.fr", "content.warning.avoided.en");
    }

    private static List<String> found(Language language, String text) {
        return new AvoidedForms(SHIPPED)
                .find("f.yaml", null, "question", Map.of(language, text)).stream()
                        .peek(warning -> assertThat(warning.key()).endsWith("." + language.code()))
                        .map(warning -> warning.arguments().get(1))
                        .toList();
    }
}
