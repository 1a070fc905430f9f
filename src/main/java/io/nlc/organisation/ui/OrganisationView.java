package io.nlc.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.kernel.DataTable;
import io.nlc.kernel.PlainText;
import io.nlc.organisation.CityDetails;
import io.nlc.organisation.CitySummary;
import io.nlc.organisation.HubSummary;
import io.nlc.organisation.InvalidOrganisationInputException;
import io.nlc.organisation.OrganisationAdministration;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Hubs and cities for administrators: add and edit them, find a city by hub or by any of its names and codes.
 * {@link OrganisationAdministration} refuses everyone else, which sends them to the access-denied page.
 */
@Route("organisation")
@Menu(order = 4, title = "nav.organisation", icon = "vaadin:sitemap")
@RolesAllowed("ADMINISTRATOR")
class OrganisationView extends Main implements HasDynamicTitle {

    private static final String NAME_EN = "nameEn";
    private static final String NAME_FR = "nameFr";
    private static final String NAME_AR = "nameAr";

    private final OrganisationAdministration administration;
    private final Language language;
    private final Comparator<String> alphabetical;
    /** Few hubs: a plain table, which reads as cards on a phone. */
    private final DataTable<HubSummary> hubGrid = new DataTable<>("hubs-table");

    private final Grid<CitySummary> cityGrid = new Grid<>();
    private final ComboBox<HubSummary> hubFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private List<HubSummary> hubs = List.of();

    OrganisationView(OrganisationAdministration administration) {
        this.administration = administration;
        this.language = Language.of(getLocale());
        Collator collator = Collator.getInstance(language.locale());
        collator.setStrength(Collator.PRIMARY);
        this.alphabetical = collator::compare;
        addClassName("page");
        addClassName("organisation");

        TabSheet tabs = new TabSheet();
        tabs.addClassName("organisation-tabs");
        tabs.add(getTranslation("organisation.tab.hubs"), hubsSection());
        tabs.add(getTranslation("organisation.tab.cities"), citiesSection());
        add(new H1(getTranslation("organisation.title")), tabs);
        refresh();
    }

    private Component hubsSection() {
        Button add = new Button(getTranslation("organisation.add-hub"), click -> new HubDialog(null).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-hub");
        hubGrid.column(
                        getTranslation("organisation.col.name"),
                        hub -> hub.name().in(language))
                .column(getTranslation("organisation.col.code"), HubSummary::code)
                .column(getTranslation("organisation.col.cities"), HubSummary::cities, "number")
                .column(
                        getTranslation("organisation.col.actions"),
                        hub -> editButton("edit-hub", hub.name().in(language), () -> new HubDialog(hub).open()));
        Div section = new Div(add, hubGrid);
        section.addClassName("organisation-section");
        return section;
    }

    private Component citiesSection() {
        hubFilter.setLabel(getTranslation("organisation.filter.hub"));
        hubFilter.setPlaceholder(getTranslation("organisation.filter.all-hubs"));
        hubFilter.setItemLabelGenerator(hub -> hub.name().in(language));
        hubFilter.setClearButtonVisible(true);
        hubFilter.addClassName("hub-filter");
        hubFilter.addValueChangeListener(change -> cityView().refreshAll());
        textFilter.setLabel(getTranslation("organisation.filter.text"));
        textFilter.setHelperText(getTranslation("organisation.filter.text-help"));
        textFilter.setClearButtonVisible(true);
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        textFilter.addClassName("city-search");
        textFilter.addValueChangeListener(change -> cityView().refreshAll());
        Button add = new Button(getTranslation("organisation.add-city"), click -> new CityDialog(null).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-city");
        Div filters = new Div(hubFilter, textFilter, add);
        filters.addClassName("filters");

        cityGrid.addClassName("cities-table");
        cityGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        Grid.Column<CitySummary> name = cityGrid.addColumn(city -> city.name().in(language))
                .setHeader(getTranslation("organisation.col.name"))
                .setKey("name")
                .setComparator(sortBy(city -> city.name().in(language)))
                .setSortable(true)
                .setAutoWidth(true)
                .setFrozen(true);
        cityGrid.addColumn(CitySummary::communeCode)
                .setHeader(getTranslation("organisation.col.commune-code"))
                .setComparator(CitySummary::communeCode)
                .setSortable(true)
                .setAutoWidth(true);
        cityGrid.addColumn(city -> city.hub().name().in(language))
                .setHeader(getTranslation("organisation.col.hub"))
                .setComparator(sortBy(city -> city.hub().name().in(language)))
                .setSortable(true)
                .setAutoWidth(true);
        cityGrid.addColumn(city -> city.region(language))
                .setHeader(getTranslation("organisation.col.region"))
                .setComparator(sortBy(city -> city.region(language)))
                .setSortable(true)
                .setAutoWidth(true);
        cityGrid.addColumn(city -> city.province(language))
                .setHeader(getTranslation("organisation.col.province"))
                .setComparator(sortBy(city -> city.province(language)))
                .setSortable(true)
                .setAutoWidth(true);
        cityGrid.addColumn(new ComponentRenderer<>(
                        city -> editButton("edit-city", city.name().in(language), () -> new CityDialog(city).open())))
                .setHeader(getTranslation("organisation.col.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                // The grid scrolls sideways on small screens; the name and its Edit button stay in view.
                .setFrozenToEnd(true);
        cityGrid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));

        Paragraph accounts = new Paragraph(getTranslation("organisation.accounts-hint") + " ");
        accounts.add(new Anchor("accounts", getTranslation("nav.accounts")));
        accounts.addClassName("muted");
        Div section = new Div(filters, cityGrid, accounts);
        section.addClassName("organisation-section");
        return section;
    }

    private <T> Comparator<T> sortBy(ValueProvider<T, String> value) {
        return (left, right) -> alphabetical.compare(value.apply(left), value.apply(right));
    }

    private Button editButton(String className, String name, Runnable open) {
        Button edit = new Button(getTranslation("organisation.edit"), click -> open.run());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.addClassName(className);
        edit.setAriaLabel(getTranslation("organisation.edit-named", PlainText.isolate(name)));
        return edit;
    }

    private void refresh() {
        hubs = administration.hubs();
        hubGrid.setItems(hubs.stream()
                .sorted(java.util.Comparator.comparing(
                        (HubSummary hub) -> hub.name().in(language), alphabetical))
                .toList());
        HubSummary chosen = hubFilter.getValue();
        hubFilter.setItems(hubs);
        if (chosen != null) {
            hubs.stream().filter(hub -> hub.id() == chosen.id()).findFirst().ifPresent(hubFilter::setValue);
        }
        GridListDataView<CitySummary> view = cityGrid.setItems(administration.cities(null));
        view.setFilter(this::shown);
    }

    private GridListDataView<CitySummary> cityView() {
        return cityGrid.getListDataView();
    }

    private boolean shown(CitySummary city) {
        HubSummary hub = hubFilter.getValue();
        if (hub != null && city.hub().id() != hub.id()) {
            return false;
        }
        String wanted = folded(textFilter.getValue());
        if (wanted.isEmpty()) {
            return true;
        }
        return java.util.stream.Stream.of(
                        city.name().en(),
                        city.name().fr(),
                        city.name().ar(),
                        city.communeCode(),
                        city.province(),
                        city.provinceAr(),
                        city.region(),
                        city.regionAr())
                .anyMatch(text -> folded(text).contains(wanted));
    }

    /** Case and accents ignored, so "fes" finds Fès. */
    private static String folded(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private TextField field(String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        return field;
    }

    /** The three names, Arabic written right to left whatever the interface language (place names too). */
    private Map<String, TextField> nameFields() {
        TextField english = field("organisation.name-en", 200);
        english.addClassName("name-en");
        TextField french = field("organisation.name-fr", 200);
        french.addClassName("name-fr");
        TextField arabic = arabicField("organisation.name-ar", 200);
        arabic.addClassName("name-ar");
        return Map.of(NAME_EN, english, NAME_FR, french, NAME_AR, arabic);
    }

    private TextField arabicField(String labelKey, int maxLength) {
        TextField arabic = field(labelKey, maxLength);
        arabic.getElement().setAttribute("dir", "rtl");
        arabic.getElement().setAttribute("lang", "ar");
        return arabic;
    }

    private static LocalizedText names(Map<String, TextField> fields) {
        return new LocalizedText(
                fields.get(NAME_EN).getValue(),
                fields.get(NAME_FR).getValue(),
                fields.get(NAME_AR).getValue());
    }

    /** A dialog whose service errors land on the field they concern, or on top for a concurrent change. */
    private abstract class EditDialog extends Dialog {

        private final Paragraph problem = new Paragraph();
        final Map<String, com.vaadin.flow.component.HasValidation> fields = new java.util.HashMap<>();

        EditDialog(String title, String className) {
            setHeaderTitle(title);
            addClassName(className);
            addClassName("organisation-dialog");
            problem.addClassName("form-problem");
            problem.getElement().setAttribute("role", "alert");
            problem.setVisible(false);
            add(problem);
            Button save = new Button(getTranslation("organisation.save"), click -> trySave());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClassName("save-organisation");
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        }

        abstract void save();

        abstract String savedKey();

        private void trySave() {
            fields.values().forEach(field -> field.setInvalid(false));
            problem.setVisible(false);
            try {
                save();
                close();
                refresh();
                Notification.show(getTranslation(savedKey()), 3000, Notification.Position.BOTTOM_START);
            } catch (InvalidOrganisationInputException e) {
                com.vaadin.flow.component.HasValidation field = fields.get(e.field());
                if (field == null) {
                    problem.setText(getTranslation(e.messageKey()));
                    problem.setVisible(true);
                    // The grids show the other person's change; reopening the form starts from it.
                    refresh();
                    return;
                }
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.setInvalid(true);
                if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                    focusable.focus();
                }
            }
        }

        FormLayout form(Component... components) {
            FormLayout form = new FormLayout(components);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
            form.addClassName("organisation-form");
            return form;
        }
    }

    private final class HubDialog extends EditDialog {

        private final @Nullable HubSummary hub;
        private final TextField code = field("organisation.col.code", 40);
        private final Map<String, TextField> names = nameFields();

        HubDialog(@Nullable HubSummary hub) {
            super(
                    hub == null
                            ? OrganisationView.this.getTranslation("organisation.add-hub")
                            : OrganisationView.this.getTranslation(
                                    "organisation.edit-named",
                                    PlainText.isolate(hub.name().in(language))),
                    "hub-dialog");
            this.hub = hub;
            code.setHelperText(getTranslation("organisation.hub-code-help"));
            code.addClassName("hub-code");
            if (hub != null) {
                code.setValue(hub.code());
                code.setReadOnly(true);
                names.get(NAME_EN).setValue(hub.name().en());
                names.get(NAME_FR).setValue(hub.name().fr());
                names.get(NAME_AR).setValue(hub.name().ar());
            }
            fields.put("code", code);
            fields.putAll(names);
            FormLayout form = form(code, names.get(NAME_EN), names.get(NAME_FR), names.get(NAME_AR));
            form.setColspan(code, 2);
            add(form);
        }

        @Override
        void save() {
            if (hub == null) {
                administration.createHub(code.getValue(), names(names));
            } else {
                administration.editHub(hub.id(), hub.version(), names(names));
            }
        }

        @Override
        String savedKey() {
            return "organisation.saved-hub";
        }
    }

    private final class CityDialog extends EditDialog {

        private final @Nullable CitySummary city;
        private final ComboBox<HubSummary> hub = new ComboBox<>(getTranslation("organisation.col.hub"));
        private final TextField communeCode = field("organisation.col.commune-code", 20);
        private final Map<String, TextField> names = nameFields();
        private final TextField region = field("organisation.region-latin", 120);
        private final TextField regionAr = arabicField("organisation.region-ar", 120);
        private final TextField province = field("organisation.province-latin", 120);
        private final TextField provinceAr = arabicField("organisation.province-ar", 120);

        CityDialog(@Nullable CitySummary city) {
            super(
                    city == null
                            ? OrganisationView.this.getTranslation("organisation.add-city")
                            : OrganisationView.this.getTranslation(
                                    "organisation.edit-named",
                                    PlainText.isolate(city.name().in(language))),
                    "city-dialog");
            this.city = city;
            hub.setItems(hubs);
            hub.setItemLabelGenerator(value -> value.name().in(language));
            hub.setRequiredIndicatorVisible(true);
            hub.addClassName("city-hub");
            communeCode.setHelperText(getTranslation("organisation.commune-code-help"));
            communeCode.addClassName("commune-code");
            region.addClassName("city-region");
            province.addClassName("city-province");
            regionAr.addClassName("city-region-ar");
            provinceAr.addClassName("city-province-ar");
            if (city != null) {
                hub.setValue(hubs.stream()
                        .filter(value -> value.id() == city.hub().id())
                        .findFirst()
                        .orElse(null));
                hub.setHelperText(getTranslation("organisation.move-help"));
                communeCode.setValue(city.communeCode());
                communeCode.setReadOnly(true);
                names.get(NAME_EN).setValue(city.name().en());
                names.get(NAME_FR).setValue(city.name().fr());
                names.get(NAME_AR).setValue(city.name().ar());
                region.setValue(city.region());
                regionAr.setValue(city.regionAr());
                province.setValue(city.province());
                provinceAr.setValue(city.provinceAr());
            } else if (hubFilter.getValue() != null) {
                hub.setValue(hubFilter.getValue());
            }
            fields.put("hub", hub);
            fields.put("communeCode", communeCode);
            fields.putAll(names);
            fields.put("region", region);
            fields.put("regionAr", regionAr);
            fields.put("province", province);
            fields.put("provinceAr", provinceAr);
            add(form(
                    hub,
                    communeCode,
                    names.get(NAME_EN),
                    names.get(NAME_FR),
                    names.get(NAME_AR),
                    region,
                    regionAr,
                    province,
                    provinceAr));
        }

        @Override
        void save() {
            HubSummary chosen = hub.getValue();
            CityDetails details = new CityDetails(
                    chosen == null ? null : chosen.id(),
                    names(names),
                    province.getValue(),
                    provinceAr.getValue(),
                    region.getValue(),
                    regionAr.getValue());
            if (city == null) {
                administration.createCity(communeCode.getValue(), details);
            } else {
                administration.editCity(city.id(), city.version(), details);
            }
        }

        @Override
        String savedKey() {
            return "organisation.saved-city";
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title") + " | " + getTranslation("app.title");
    }
}
