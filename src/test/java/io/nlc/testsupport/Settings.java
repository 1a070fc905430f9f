package io.nlc.testsupport;

import io.nlc.kernel.NlcProperties;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@link NlcProperties} as the app binds them, from a few settings and the defaults for the rest. */
public final class Settings {

    private Settings() {}

    public static NlcProperties of(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("nlc", NlcProperties.class);
    }
}
