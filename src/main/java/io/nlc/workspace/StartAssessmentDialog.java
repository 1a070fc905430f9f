package io.nlc.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.InvalidRoundInputException;
import io.nlc.assessment.NewAssessment;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.content.Framework;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Theme;
import io.nlc.content.Tier;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator names the round, picks the scan or the full assessment, optional modules and targets. Started as
 * the city's next round, it is filled in from the last round, says what comes along and what does not.
 */
class StartAssessmentDialog extends Dialog {

    private final TextField roundLabel = new TextField();
    private final RadioButtonGroup<Tier> tier = new RadioButtonGroup<>();
    private final CheckboxGroup<Theme> modules = new CheckboxGroup<>();
    private final Map<String, Select<Integer>> targets = new LinkedHashMap<>();

    private final NewAssessment.@Nullable NextRound next;

    StartAssessmentDialog(AssessmentService assessments, FrameworkCatalog catalog, long cityId) {
        this(assessments, catalog, cityId, null);
    }

    StartAssessmentDialog(
            AssessmentService assessments,
            FrameworkCatalog catalog,
            long cityId,
            NewAssessment.@Nullable NextRound next) {
        this.next = next;
        Framework framework = catalog.forNewRound();
        Language language = Languages.current();
        setHeaderTitle(getTranslation(next == null ? "start.title" : "start.next.title"));
        addClassName("start-dialog");

        roundLabel.setLabel(getTranslation("start.round-label"));
        roundLabel.setHelperText(getTranslation("start.round-label.help"));
        roundLabel.setValue(String.valueOf(Year.now().getValue()));
        roundLabel.setRequired(true);
        roundLabel.setMaxLength(NewAssessment.MAX_ROUND_LABEL);

        tier.setLabel(getTranslation("start.tier"));
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(value ->
                getTranslation("tier." + value.name()) + " — " + getTranslation("tier." + value.name() + ".help"));
        tier.setValue(Tier.CORE);

        modules.setLabel(getTranslation("start.modules"));
        modules.setItems(framework.modules());
        modules.setItemLabelGenerator(module -> module.name().in(language));

        FormLayout form = new FormLayout(roundLabel, tier, modules);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (next != null) {
            Paragraph carried =
                    new Paragraph(getTranslation("start.next.carried", Formats.isolate(next.fromRoundLabel())));
            carried.addClassName("next-round-intro");
            add(carried);
            if (!next.droppedThemes().isEmpty() || !next.droppedItems().isEmpty()) {
                List<String> dropped = new ArrayList<>(next.droppedThemes());
                dropped.addAll(next.droppedItems());
                Paragraph gone = new Paragraph(getTranslation("start.next.dropped", String.join(", ", dropped)));
                gone.addClassName("notice");
                gone.addClassName("next-round-dropped");
                add(gone);
            }
        }
        Paragraph targetsHelp = new Paragraph(getTranslation("start.targets.help"));
        targetsHelp.addClassName("muted");
        add(form, new H3(getTranslation("start.targets")), targetsHelp);
        FormLayout targetForm = new FormLayout();
        targetForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        for (Theme theme : framework.themes()) {
            Select<Integer> target = new Select<>();
            target.setLabel(theme.name().in(language));
            target.setItems(IntStream.rangeClosed(0, Item.MAX_LEVEL).boxed().toList());
            target.setItemLabelGenerator(
                    level -> level + " — " + framework.levelName(level).in(language));
            target.setValue(theme.defaultTarget());
            targets.put(theme.id(), target);
            targetForm.add(target);
        }
        add(targetForm);
        if (next != null) {
            NewAssessment proposal = next.proposal();
            roundLabel.setValue(proposal.roundLabel());
            tier.setValue(proposal.tier());
            modules.setValue(framework.modules().stream()
                    .filter(module -> proposal.modules().contains(module.id()))
                    .collect(Collectors.toSet()));
            proposal.targets().forEach((themeId, level) -> {
                if (targets.containsKey(themeId)) {
                    targets.get(themeId).setValue(level);
                }
            });
        }
        updateTargets();
        modules.addValueChangeListener(change -> updateTargets());

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button start = new Button(
                getTranslation(next == null ? "start.submit" : "start.next.submit"),
                click -> start(assessments, cityId));
        start.addClassName("start-submit");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, start);
    }

    private void updateTargets() {
        Set<String> selected = modules.getValue().stream().map(Theme::id).collect(Collectors.toSet());
        for (Theme module : modules.getListDataView().getItems().toList()) {
            targets.get(module.id()).setVisible(selected.contains(module.id()));
        }
    }

    private void start(AssessmentService assessments, long cityId) {
        roundLabel.setInvalid(false);
        String label = roundLabel.getValue().strip();
        if (label.isEmpty()) {
            showRoundLabelError("assessment.error.round-label");
            return;
        }
        Set<String> selected = modules.getValue().stream().map(Theme::id).collect(Collectors.toSet());
        Map<String, Integer> chosenTargets = new LinkedHashMap<>();
        targets.forEach((themeId, select) -> {
            if (select.isVisible() && select.getValue() != null) {
                chosenTargets.put(themeId, select.getValue());
            }
        });
        try {
            NewAssessment request = new NewAssessment(cityId, label, tier.getValue(), selected, chosenTargets);
            long id = next == null ? assessments.start(request) : assessments.startNext(request);
            close();
            UI.getCurrent().navigate(QuestionnaireView.class, new RouteParameters("id", String.valueOf(id)));
        } catch (InvalidRoundInputException e) {
            showRoundLabelError(e.messageKey());
        }
    }

    private void showRoundLabelError(String key) {
        roundLabel.setErrorMessage(getTranslation(key));
        roundLabel.setInvalid(true);
        roundLabel.focus();
    }
}
