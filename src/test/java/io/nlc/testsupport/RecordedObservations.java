package io.nlc.testsupport;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An observation registry that keeps every observation once it has stopped, for tests to read. */
public final class RecordedObservations {

    private final ObservationRegistry registry = ObservationRegistry.create();
    private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

    public RecordedObservations() {
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }
        });
    }

    public ObservationRegistry registry() {
        return registry;
    }

    /** The observations stopped so far, as name and the value of {@code key}: {@code "name key=value"}. */
    public List<String> stopped(String key) {
        return stopped.stream()
                .map(context -> context.getName() + " " + key + "="
                        + context.getLowCardinalityKeyValues().stream()
                                .filter(value -> value.getKey().equals(key))
                                .map(value -> value.getValue())
                                .findFirst()
                                .orElse("-"))
                .toList();
    }
}
