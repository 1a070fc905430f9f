package io.nlc.testsupport;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * One security-context strategy for every Spring context of the test JVM. Each context would otherwise bring its own
 * (Vaadin's, with a thread-local of its own) and install it as {@code SecurityContextHolder}'s global one when it
 * starts. A context started later then hid who is signed in from the contexts started before: a request to an
 * earlier context's server was authenticated by its filters into one strategy and read by the services through
 * another, as "Not signed in". The app itself only ever has one context. Registered in
 * {@code META-INF/spring.factories}; Vaadin's own strategy bean steps aside for it.
 */
public final class OneSecurityContextStrategy implements ContextCustomizerFactory {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** Equal to every other, so that it does not split the context cache. */
    private record Customizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            context.getBeanFactory().registerSingleton("sharedSecurityContextHolderStrategy", SHARED);
        }
    }
}
