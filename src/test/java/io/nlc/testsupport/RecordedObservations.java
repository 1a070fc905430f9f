package io.nlc.testsupport;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.config.Task;

/** What a schedule's tasks report to the operators' observations when they run. */
public final class RecordedObservations {

    private RecordedObservations() {}

    /**
     * Sets up {@code schedule}'s tasks, runs each once as the scheduler would, and returns the observations they
     * stopped, each as its name and method: {@code "tasks.scheduled.execution code.function=remind"}.
     */
    public static List<String> ofEachTaskOnce(SchedulingConfigurer schedule) {
        List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
        ObservationRegistry registry = ObservationRegistry.create();
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
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        schedule.configureTasks(registrar);
        registrar.setObservationRegistry(registry);
        Stream.of(registrar.getCronTaskList(), registrar.getFixedDelayTaskList(), registrar.getFixedRateTaskList())
                .flatMap(List::stream)
                .map(Task::getRunnable)
                .forEach(Runnable::run);
        return stopped.stream()
                .map(context -> context.getName() + " code.function="
                        + context.getLowCardinalityKeyValues().stream()
                                .filter(value -> value.getKey().equals("code.function"))
                                .map(KeyValue::getValue)
                                .findFirst()
                                .orElse("-"))
                .toList();
    }
}
