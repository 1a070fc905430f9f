package io.nlc.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import io.nlc.organisation.CitySummary;
import io.nlc.organisation.HubSummary;
import io.nlc.testsupport.BrowserlessWorldTest;
import io.nlc.testsupport.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class OrganisationViewTest extends BrowserlessWorldTest {

    @org.springframework.beans.factory.annotation.Autowired
    io.nlc.organisation.OrganisationAdministration administration;

    @Test
    void anAdministratorAddsACityWhichAppearsInTheGridAndCanBeFound() {
        Fixtures.signIn(world.admin);
        navigate(OrganisationView.class);
        io.nlc.kernel.DataTable<?> hubs =
                $(io.nlc.kernel.DataTable.class).withClassName("hubs-table").single();
        List<String> names = administration.hubs().stream()
                .filter(hub -> hub.id() == world.hubA || hub.id() == world.hubB)
                .map(hub -> hub.name().en())
                .toList();
        assertThat(java.util.stream.IntStream.range(0, hubs.rowCount()).mapToObj(row -> hubs.cellText(row, 0)))
                .containsAll(names)
                .hasSize(administration.hubs().size());
        $(TabSheet.class).single().setSelectedIndex(1);

        test($(Button.class).withClassName("add-city").single()).click();
        String code = "C" + world.cityA1;
        // Saving with no commune code puts the message on that field, and the dialog stays open.
        test($(Button.class).withClassName("save-organisation").single()).click();
        TextField communeCode = $(TextField.class).withClassName("commune-code").single();
        assertThat(communeCode.isInvalid()).isTrue();
        assertThat(communeCode.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("organisation.error.commune-code"));

        @SuppressWarnings("unchecked")
        ComboBox<HubSummary> hub = $(ComboBox.class).withClassName("city-hub").single();
        HubSummary hubA = hub.getListDataView()
                .getItems()
                .filter(value -> value.id() == world.hubA)
                .findFirst()
                .orElseThrow();
        test(hub).selectItem(hub.getItemLabelGenerator().apply(hubA));
        test(communeCode).setValue(code);
        fillCityForm("Ouezzane " + code);
        test($(Button.class).withClassName("save-organisation").single()).click();
        assertThat($(Button.class).withClassName("save-organisation").all()).isEmpty();

        @SuppressWarnings("unchecked")
        Grid<CitySummary> cities = $(Grid.class).withClassName("cities-table").single();
        assertThat(cities.getListDataView().getItems().map(CitySummary::communeCode))
                .contains(code);
        test($(TextField.class).withClassName("city-search").single()).setValue(code.toLowerCase());
        assertThat(cities.getListDataView().getItems().map(CitySummary::communeCode))
                .containsExactly(code);
        assertThat(cities.getListDataView()
                        .getItems()
                        .findFirst()
                        .orElseThrow()
                        .hub()
                        .id())
                .isEqualTo(world.hubA);
        assertThat(cities.getListDataView().getItems().findFirst().orElseThrow().regionAr())
                .isEqualTo("Ouezzane " + code);
    }

    /** The screen is for administrators only ({@code @RolesAllowed}): to anyone else it does not exist. */
    @Test
    void aCoordinatorIsToldThePageDoesNotExist() {
        Fixtures.signIn(world.coordinatorA1);
        navigate("organisation", com.vaadin.flow.component.Component.class);
        assertThat($(H1.class).all())
                .extracting(H1::getText)
                .contains(UI.getCurrent().getTranslation("error.not-found.title"));
    }

    /** Names in the three languages, region and province in Latin script and in Arabic. */
    private void fillCityForm(String name) {
        for (String field : List.of(
                "name-en",
                "name-fr",
                "name-ar",
                "city-region",
                "city-region-ar",
                "city-province",
                "city-province-ar")) {
            test($(TextField.class).withClassName(field).single()).setValue(name);
        }
    }
}
