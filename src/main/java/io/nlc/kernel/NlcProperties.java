package io.nlc.kernel;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The app's own settings, all under {@code nlc.} (defaults here; application.properties maps the environment
 * variables of the README onto them). The demo switch stays a plain property because it decides which beans exist.
 *
 * @param content   where the framework versions are read from
 * @param publicUrl the address people use (behind a proxy), for redirects; empty: the request's own
 * @param session   the absolute lifetime of a session
 * @param password  the cost of Argon2id (tests lower it; production keeps OWASP's)
 * @param drill     the kill -9 drill's cities and password, under the drill profile only
 * @param metrics   who may read the Prometheus metrics (README "Operations")
 * @param secondFactor whether the roles that see many cities must use a second factor, and the key its secrets
 *                  are encrypted with
 * @param backup    the scheduled online backup of the embedded H2 database (none with PostgreSQL: deploy/README.md)
 * @param plan      the action plans' due-date reminders
 */
@ConfigurationProperties("nlc")
public record NlcProperties(
        @DefaultValue Content content,
        @DefaultValue("") String publicUrl,
        @DefaultValue Session session,
        @DefaultValue Password password,
        @DefaultValue Drill drill,
        @DefaultValue Metrics metrics,
        @DefaultValue SecondFactor secondFactor,
        @DefaultValue Backup backup,
        @DefaultValue Plan plan) {

    public record Content(
            @DefaultValue("classpath*:toolkit-content/") String location) {}

    /** Idle time-out is the servlet container's; this adds an absolute lifetime (ASVS 7.3.2). */
    public record Session(@DefaultValue("12h") Duration absoluteTimeout) {}

    /** OWASP's Argon2id parameters: 19 MiB of memory, 2 iterations. */
    public record Password(
            @DefaultValue("19456") int argon2MemoryKib,
            @DefaultValue("2") int argon2Iterations) {}

    /**
     * @param token the bearer token a scraper sends for {@code /actuator/prometheus}; empty: nobody may read them
     */
    public record Metrics(@DefaultValue("") String token) {}

    /**
     * @param cities     drill cities, each with a coordinator and a round
     * @param password   every drill account's password
     * @param teamCities how many of the cities (the first ones) have a whole team answering their round together
     * @param teamSize   people in such a team, its coordinator included
     */
    public record Drill(
            @DefaultValue("20") int cities,
            @Nullable String password,
            @DefaultValue("0") int teamCities,
            @DefaultValue("1") int teamSize) {}

    /**
     * @param required whether hub advisors, national focal points and administrators must sign in with a second
     *                 factor (off only in the demo and in tests that do not test it)
     * @param key      the AES key (Base64, 32 bytes) that encrypts the TOTP secrets; every instance needs the same
     * @param keyFile  where the key is kept (created on first use) when {@code key} is empty
     */
    public record SecondFactor(
            @DefaultValue("true") boolean required,
            @DefaultValue("") String key,
            @DefaultValue("./data/second-factor.key") String keyFile) {}

    /**
     * @param enabled whether the schedule runs (an administrator can still back up now)
     * @param folder  where the zips go
     * @param cron    when (Spring's six-field cron, the server's time zone): daily at 02:30 by default
     * @param keep    how many of the newest zips are kept; older ones are deleted after a successful backup
     */
    public record Backup(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("./data/backups") String folder,
            @DefaultValue("0 30 2 * * *") String cron,
            @DefaultValue("14") int keep) {}

    public record Plan(@DefaultValue Reminders reminders) {}

    /**
     * @param enabled  whether the schedule runs (tests send reminders themselves)
     * @param firstRun how long after start-up the first run comes, so that a server that was down catches up
     * @param interval the time between the end of one run and the start of the next
     */
    public record Reminders(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("PT1M") Duration firstRun,
            @DefaultValue("PT1H") Duration interval) {}
}
