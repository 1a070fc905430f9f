package io.nlc.contentpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.FrameworkDiff;
import io.nlc.content.Language;
import io.nlc.kernel.DataTable;
import io.nlc.organisation.Role;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import io.nlc.testsupport.TestPacks;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The administrators' screen: the installed versions with the active one marked, an upload refused with its
 * problems, an upload kept with its diff, and an activation that asks first, saying what it means. Activating
 * changes the shared catalog, so the context is closed after the class.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ContentPacksViewTest extends BrowserlessWorldTest {

    @Autowired
    FrameworkCatalog catalog;

    @Test
    void aRefusedPackListsItsProblemsAndAGoodOneIsShownThenActivatedAfterConfirmation() {
        int active = catalog.current().version();
        int next = active + 1;
        Fixtures.signIn(world.admin);
        navigate(ContentPacksView.class);
        DataTable<?> versions = versions();
        assertThat(versions.rowCount()).isEqualTo(catalog.all().size());
        assertThat(versions.cellText(0, 0)).isEqualTo(String.valueOf(active));
        assertThat(versions.cellText(0, 3)).isEqualTo(translation("content-packs.active"));

        upload("notes.zip", "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(result().getElement().getAttribute("data-outcome")).isEqualTo("refused");
        DataTable<?> problems =
                $(DataTable.class).withClassName("content-pack-problems").single();
        assertThat(problems.cellText(0, 0)).isEqualTo("notes.zip");
        assertThat(problems.cellText(0, 2)).isEqualTo(translation("content-packs.refused.not-zip"));
        assertThat(versions().rowCount())
                .as("nothing kept")
                .isEqualTo(catalog.all().size());

        upload("broken.zip", TestPacks.edited(next, files -> files.put("themes/t2.yaml", "id: [T2")));
        problems = $(DataTable.class).withClassName("content-pack-problems").single();
        assertThat(problems.cellText(0, 0)).isEqualTo("themes/t2.yaml");
        assertThat(problems.cellText(0, 2))
                .startsWith(translation("content.problem.yaml").replace("{0}", ""));

        upload(
                "v" + next + ".zip",
                TestPacks.edited(
                        next,
                        files -> files.put(
                                "themes/t1.yaml",
                                files.get("themes/t1.yaml").replace("Guidance T1.1.", "New guidance T1.1."))));
        assertThat(result().getElement().getAttribute("data-outcome")).isEqualTo("kept");
        DataTable<?> items = $(DataTable.class).withClassName("diff-items").single();
        assertThat(items.cellText(0, 0)).isEqualTo("T1.1");
        assertThat(items.cellText(0, 1)).isEqualTo(translation("content-packs.kind.changed"));
        assertThat(items.cellText(0, 2)).isEqualTo(translation("content-packs.field.guidance"));
        DataTable<?> translations =
                $(DataTable.class).withClassName("diff-translations").single();
        assertThat(translations.rowCount())
                .as("French and Arabic guidance not updated")
                .isEqualTo(2);
        assertThat(translations.cellText(0, 3)).isEqualTo(translation("content-packs.gap.not-updated"));
        assertThat(versions().cellText(0, 3)).isEqualTo(translation("content-packs.pending"));

        test($(Button.class).withClassName("activate-pack").single()).click();
        Dialog dialog = $(Dialog.class).withClassName("activate-dialog").single();
        assertThat(dialog.getElement().getTextRecursively())
                .contains(translation("content-packs.activate.running"))
                .contains(translation("content-packs.activate.final"));
        test($(Button.class).withClassName("cancel-action").single()).click();
        assertThat(catalog.current().version()).as("nothing on cancel").isEqualTo(active);

        test($(Button.class).withClassName("activate-pack").single()).click();
        test($(Button.class).withClassName("confirm-action").single()).click();
        assertThat(catalog.current().version()).isEqualTo(next);
        assertThat(versions().cellText(0, 0)).isEqualTo(String.valueOf(next));
        assertThat(versions().cellText(0, 3)).startsWith(translation("content-packs.active"));
        assertThat($(DataTable.class)
                        .withClassName("content-packs-trail")
                        .single()
                        .cellText(0, 1))
                .isEqualTo(translation("content-packs.trail.activated"));
    }

    /**
     * In Arabic, a refused pack's problems and a kept pack's glossary warnings are in Arabic; the warnings are set
     * apart from problems, the pack stays kept, and activation is offered, its confirmation saying how many warnings.
     */
    @Test
    void inArabicProblemsAndGlossaryWarningsAreInArabicAndAWarnedPackCanStillBeActivated() {
        int next = catalog.current().version() + 1;
        String arabic = "admin-ar-" + Long.toString(System.nanoTime(), 36);
        setup.user(arabic, Fixtures.PASSWORD, "مدير", Role.ADMINISTRATOR, null, null, Language.AR);
        Fixtures.signIn(arabic, Role.ADMINISTRATOR);
        navigate(ContentPacksView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.AR.locale());

        upload("broken.zip", TestPacks.edited(next, files -> files.remove("themes/m3.yaml")));
        DataTable<?> problems =
                $(DataTable.class).withClassName("content-pack-problems").single();
        assertThat(problems.cellText(0, 0)).isEqualTo("themes/m3.yaml");
        assertThat(problems.cellText(0, 2)).isEqualTo("الملف غير موجود.");

        upload(
                "warned.zip",
                TestPacks.edited(
                        next,
                        files -> files.put(
                                "themes/t1.yaml",
                                files.get("themes/t1.yaml")
                                        .replace(
                                                "ar: \"السؤال T1.2؟\"",
                                                "ar: \"هل يوجد إطار للتعاون الوطني المحلي؟\""))));
        assertThat(result().getElement().getAttribute("data-outcome")).isEqualTo("kept");
        assertThat($(Div.class)
                        .withClassName("pack-warnings")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains(UI.getCurrent().getTranslation("content-packs.warnings.title", 1));
        DataTable<?> warnings =
                $(DataTable.class).withClassName("content-pack-warnings").single();
        assertThat(warnings.rowCount()).isEqualTo(1);
        assertThat(warnings.cellText(0, 0)).isEqualTo("themes/t1.yaml");
        assertThat(warnings.cellText(0, 1)).isEqualTo("T1.2");
        // The table's text without the isolates around the arguments.
        assertThat(warnings.cellText(0, 2))
                .isEqualTo("يستعمل النص العربي لـ«question» الصيغة «التعاون الوطني المحلي»، وهي صيغة يوصي المسرد"
                        + " بتجنبها. مصطلح المسرد هو «التعاون بين المستويين الوطني والمحلي».");

        test($(Button.class).withClassName("activate-pack").single()).click();
        assertThat($(Dialog.class)
                        .withClassName("activate-dialog")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains(UI.getCurrent().getTranslation("content-packs.activate.warnings", 1));
        test($(Button.class).withClassName("cancel-action").single()).click();

        // Shown again from the list of versions, with its warning.
        test($(Button.class).withClassName("show-changes").single()).click();
        assertThat($(DataTable.class)
                        .withClassName("content-pack-warnings")
                        .single()
                        .rowCount())
                .isEqualTo(1);
        test($(Button.class).withClassName("discard-pack").single()).click();
        test($(Button.class).withClassName("confirm-action").single()).click();
        assertThat(catalog.current().version()).isEqualTo(next - 1);
    }

    /** The names the screen builds from enums exist in every language. */
    @Test
    void everyChangeFieldGapKindAndTrailActionIsTranslated() {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (FrameworkDiff.Field field : FrameworkDiff.Field.values()) {
            keys.add("content-packs.field."
                    + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        for (FrameworkDiff.Gap gap : FrameworkDiff.Gap.values()) {
            keys.add("content-packs.gap."
                    + gap.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        for (FrameworkDiff.Kind kind : FrameworkDiff.Kind.values()) {
            keys.add("content-packs.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (ContentPackEvent.Action action : ContentPackEvent.Action.values()) {
            keys.add("content-packs.trail." + action.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (io.nlc.content.Language language : io.nlc.content.Language.values()) {
            for (String key : keys) {
                assertThat(UI.getCurrent().getTranslation(key, language.locale()))
                        .as(key + " in " + language.code())
                        .doesNotStartWith("!");
            }
        }
    }

    private void upload(String name, byte[] bytes) {
        test($(Upload.class).withClassName("content-pack-upload").single()).upload(name, "application/zip", bytes);
    }

    private DataTable<?> versions() {
        return $(DataTable.class).withClassName("content-packs-versions").single();
    }

    private Div result() {
        return $(Div.class).withClassName("content-pack-result").single();
    }

    private static String translation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
