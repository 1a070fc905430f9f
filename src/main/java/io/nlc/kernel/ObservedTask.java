package io.nlc.kernel;

import java.lang.reflect.Method;
import org.springframework.aop.support.AopUtils;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.ScheduledMethodRunnable;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * A task that a {@code SchedulingConfigurer} schedules, observed as Spring observes an {@code @Scheduled} method: the
 * {@code tasks.scheduled.execution} timer with the class, the method and the outcome. The schedules are set up at
 * run time (so that an ahead-of-time build still obeys their switches), which Spring does not observe by itself.
 */
public final class ObservedTask {

    private ObservedTask() {}

    /** Runs {@code target}'s method {@code name} (no arguments), observed through the registrar's registry. */
    public static Runnable of(Object target, String name, ScheduledTaskRegistrar registrar) {
        Method declared = ReflectionUtils.findMethod(ClassUtils.getUserClass(target), name);
        if (declared == null) {
            throw new IllegalArgumentException(target.getClass().getName() + " has no method " + name + "()");
        }
        Method invocable = AopUtils.selectInvocableMethod(declared, target.getClass());
        // The registry is read when the task runs: Spring Boot hands it to the registrar after the configurers ran.
        return new ScheduledMethodRunnable(target, invocable, null, registrar::getObservationRegistry);
    }
}
