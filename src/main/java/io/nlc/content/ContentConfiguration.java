package io.nlc.content;

import io.nlc.kernel.NlcProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The framework catalog, with its shipped content read in the background during start-up: parsing and validating
 * the YAML of every shipped version took about 0.7 s of the main thread (docs/benchmarks.md, "Start-up"). It runs on
 * Spring Boot's bootstrap executor while the main thread creates the other beans; the context waits for it before it
 * finishes refreshing, and a broken version still stops the start-up with the validator's message.
 */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    ShippedFrameworks shippedFrameworks(NlcProperties properties) {
        return ShippedFrameworks.read(properties.content().location());
    }

    /**
     * Created at once for the many beans that hold it (their constructors only keep it); it takes the shipped
     * versions on first use, waiting for the background read if that is still running.
     */
    @Bean
    FrameworkCatalog frameworkCatalog(
            ObjectProvider<ShippedFrameworks> shipped, ObjectProvider<StoredFrameworks> stored) {
        return new FrameworkCatalog(shipped::getObject, stored.getIfAvailable());
    }

    /**
     * Installs the shipped versions and the activated content packs before the app is ready, as the catalog did in
     * its constructor: a stored pack that no longer reads still stops the start-up, and the first request finds
     * everything in place.
     */
    @Bean
    SmartInitializingSingleton frameworkCatalogInstaller(FrameworkCatalog catalog) {
        return catalog::current;
    }
}
