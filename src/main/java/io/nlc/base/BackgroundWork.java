package io.nlc.base;

import io.nlc.kernel.LoggedFailure;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Long work of a screen (an import, a large export) run off the request thread, so the screen stays responsive and
 * can show progress. The service calls check the signed-in person, so the work runs as them: their security context
 * is captured on the request thread and set on the worker only around the work, by Spring Security's
 * {@link DelegatingSecurityContextCallable}, which clears it afterwards. The result is handed over after that, with
 * no context set by hand, so the caller's {@code ui.access} runs as Vaadin decides (the screen's session), never as
 * a context left on a pooled thread.
 */
@Component
public class BackgroundWork {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final ExecutorService executor;

    BackgroundWork() {
        this(Executors.newFixedThreadPool(2, new Threads()));
    }

    BackgroundWork(ExecutorService executor) {
        this.executor = executor;
    }

    /**
     * Runs {@code work} on a worker as the person signed in on the calling thread, then gives its result to
     * {@code done} or its failure to {@code failed} on the worker (wrap them in {@code ui.access}).
     */
    public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        SecurityContext context = SecurityContextHolder.getContext();
        Callable<T> secured = new DelegatingSecurityContextCallable<>(work::get, context);
        executor.execute(() -> {
            T result;
            try {
                result = secured.call();
            } catch (RuntimeException e) {
                // Logged with its stack, its message (which may quote what was typed) at DEBUG only; the screen
                // shows its own message.
                String thread = Thread.currentThread().getName();
                LOG.warn("Background work on {} failed", thread, LoggedFailure.of(e));
                LOG.debug("Background work on {} failed", thread, e);
                failed.accept(e);
                return;
            } catch (Exception e) {
                failed.accept(new IllegalStateException(e));
                return;
            }
            done.accept(result);
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Named daemon threads, so a thread dump tells what they are and they never hold the JVM. */
    private static final class Threads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "nlc-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
