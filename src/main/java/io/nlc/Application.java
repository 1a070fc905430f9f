package io.nlc;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * NLC Self-Assessment: city teams assess their national-local cooperation, hub advisors review and compare.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://nlc/styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The tab's icon: without one, every browser asks for /favicon.ico on every page and logs a 404. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "nlc/favicon.svg", "any");
    }
}
