package io.nlc.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Long work runs as the person who started it, and the pooled worker thread holds nobody afterwards, so the next
 * task on it (someone else's) is never taken for them.
 */
class BackgroundWorkTest {

    /** One thread, so the second task surely runs where the first did. */
    final ExecutorService thread = Executors.newSingleThreadExecutor();

    @AfterEach
    void cleanUp() {
        thread.shutdownNow();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theWorkRunsAsTheCallerAndTheWorkerIsLeftClean() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin-1", null, AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR")));
        BackgroundWork work = new BackgroundWork(thread);
        CompletableFuture<String> during = new CompletableFuture<>();
        CompletableFuture<Authentication> whenDone = new CompletableFuture<>();
        work.run(
                () -> SecurityContextHolder.getContext().getAuthentication().getName(),
                name -> {
                    // Handed over after the work: no context set by hand around the caller's ui.access.
                    whenDone.complete(SecurityContextHolder.getContext().getAuthentication());
                    during.complete(name);
                },
                during::completeExceptionally);
        assertThat(during.get(10, TimeUnit.SECONDS)).isEqualTo("admin-1");
        assertThat(whenDone.get(10, TimeUnit.SECONDS)).isNull();

        CompletableFuture<Authentication> next = new CompletableFuture<>();
        thread.execute(() -> next.complete(SecurityContextHolder.getContext().getAuthentication()));
        assertThat(next.get(10, TimeUnit.SECONDS)).isNull();
        // The caller keeps their own.
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName())
                .isEqualTo("admin-1");
    }

    @Test
    void aFailureIsHandedOverAndTheWorkerIsLeftClean() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin-2", null, AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR")));
        BackgroundWork work = new BackgroundWork(thread);
        CompletableFuture<RuntimeException> failed = new CompletableFuture<>();
        work.run(
                () -> {
                    throw new IllegalStateException("refused");
                },
                result -> failed.completeExceptionally(new AssertionError("no result expected")),
                failed::complete);
        assertThat(failed.get(10, TimeUnit.SECONDS)).hasMessage("refused");
        CompletableFuture<Authentication> next = new CompletableFuture<>();
        thread.execute(() -> next.complete(SecurityContextHolder.getContext().getAuthentication()));
        assertThat(next.get(10, TimeUnit.SECONDS)).isNull();
    }
}
