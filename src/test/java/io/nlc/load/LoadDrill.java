package io.nlc.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.testsupport.LocalDeployment;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's load drill: many people answering at once, through the real HTTP server, as their browsers talk to it
 * ({@link FlowClient}). For each setup (the embedded H2 database, PostgreSQL, and two instances on PostgreSQL behind
 * HAProxy) it starts the production jar under the drill profile with its drill cities, some of whose teams answer
 * one round together, and then:
 * <ol>
 *   <li>signs everyone in and opens their questionnaire, a few at a time, as a morning's arrivals would;</li>
 *   <li>measures the server heap per open session (full collections before and after, {@code jcmd});</li>
 *   <li>has everyone choose another level every 2 to 5 seconds for the set minutes, timing each save from the
 *       request to the answer that shows it saved, while sampling the servers' CPU and their connection pools;</li>
 *   <li>opens every questionnaire afresh and checks that each save shown as saved is what the screen shows.</li>
 * </ol>
 * Run by {@code bin/drill-load}; settings are system properties ({@code load.*}, see there). The report goes to
 * {@code target/drills/load/report.md}, the figures to {@code docs/benchmarks.md}. Not part of the normal test run.
 */
@Tag("drill")
class LoadDrill {

    private static final Path WORK = Path.of("target/drills/load").toAbsolutePath();
    private static final String PASSWORD = "load-drill-password-1";
    private static final String METRICS_TOKEN = "load-drill-metrics-token-0123456789abcdef";
    private static final int PG_PORT = 15452;
    private static final int PROXY = 18180;
    private static final int[] PORTS = {18181, 18182};
    /** The themes of a detailed round, one per team member. */
    private static final int THEMES = 6;

    private final List<String> setups = Arrays.asList(
            System.getProperty("load.setups", "h2,postgres,two-instances").split(","));
    private final int people = Integer.getInteger("load.people", 500);
    private final int teamCities = Integer.getInteger("load.team-cities", 50);
    private final int teamSize = Integer.getInteger("load.team-size", 5);
    private final Duration duration = Duration.ofSeconds(Long.getLong("load.seconds", 600));
    private final double minThink = Double.parseDouble(System.getProperty("load.min-think", "2"));
    private final double maxThink = Double.parseDouble(System.getProperty("load.max-think", "5"));
    /** How many people sign in at the same moment during the ramp-up. */
    private final int arriving = Integer.getInteger("load.arriving", 6);

    private final List<String> report = new ArrayList<>();

    @Test
    void manyPeopleAnswerAtOnce() throws Exception {
        assertThat(LocalDeployment.JAR)
                .as("the production jar (bin/drill-load builds it)")
                .exists();
        Files.createDirectories(WORK);
        int cities = people - teamCities * (teamSize - 1);
        assertThat(cities).as("people fit the teams").isGreaterThanOrEqualTo(teamCities);
        report.add("# Load drill, " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        report.add("");
        report.add(people + " people in " + cities + " cities (" + teamCities + " teams of " + teamSize
                + " answering one round together, the others alone); each saves every " + minThink + "-" + maxThink
                + " s for " + duration.toSeconds() + " s. Machine: "
                + Runtime.getRuntime().availableProcessors() + " cores.");
        report.add("");
        report.add(
                "| setup | saves | saves/s | p50 ms | p95 ms | p99 ms | max ms | errors | conflicts | lost |"
                        + " heap per session: opened / after saving | ramp-up | server CPU | busiest pool (active/pending max) |");
        report.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        report.add("");
        int tableEnd = report.size() - 1;
        List<String> failures = new ArrayList<>();
        for (String setup : setups) {
            Result result = run(setup.strip(), cities);
            // The setup's row goes under the rows before it, its notes after the table, so the table stays whole.
            report.add(tableEnd++, result.row());
            report.addAll(result.notes());
            if (result.errors() > 0 || result.lost() > 0) {
                failures.add(setup + ": " + result.errors() + " errors, " + result.lost() + " lost");
            }
            Files.write(WORK.resolve("report.md"), report);
        }
        report.forEach(System.out::println);
        assertThat(failures).as("errors and lost answers").isEmpty();
    }

    private Result run(String setup, int cities) throws Exception {
        boolean postgres = !setup.equals("h2");
        int instances = setup.equals("two-instances") ? 2 : 1;
        try (LocalDeployment deployment = new LocalDeployment(WORK.resolve(setup))) {
            if (postgres) {
                deployment.startPostgres(PG_PORT);
            }
            List<String> arguments = List.of(
                    "--spring.profiles.active=" + (postgres ? "postgres,drill" : "drill"),
                    "--nlc.drill.password=" + PASSWORD,
                    "--nlc.drill.cities=" + cities,
                    "--nlc.drill.team-cities=" + teamCities,
                    "--nlc.drill.team-size=" + teamSize);
            for (int i = 0; i < instances; i++) {
                String name = "app" + (i + 1);
                // One after the other: the first migrates and creates the drill's people.
                deployment.startInstance(name, PORTS[i], arguments, Map.of("NLC_METRICS_TOKEN", METRICS_TOKEN));
                deployment.waitUntilReady(name, Duration.ofMinutes(10));
            }
            int entry = PORTS[0];
            if (instances == 2) {
                deployment.startProxy(PROXY);
                entry = PROXY;
            }
            return drive(setup, deployment, URI.create("http://127.0.0.1:" + entry), cities);
        }
    }

    private Result drive(String setup, LocalDeployment deployment, URI base, int cities) throws Exception {
        List<Process> servers = List.copyOf(deployment.instances().values());
        HttpClient http = FlowClient.sharedHttp();
        List<LoadPerson> everyone = new ArrayList<>();
        for (int city = 1; city <= cities; city++) {
            String coordinator = "drill.%02d".formatted(city);
            int size = city <= teamCities ? teamSize : 1;
            for (int person = 1; person <= size; person++) {
                String username = person == 1 ? coordinator : coordinator + "." + person;
                // Team members look after different themes; people alone start at a theme of their own.
                int theme = size > 1 ? (person - 1) % THEMES : city % THEMES;
                everyone.add(new LoadPerson(http, base, username, PASSWORD, "T" + (theme + 1)));
            }
        }
        // The first tenth warms the caches (content, translations, classes) that every later session shares; the
        // heap per session is what the other nine tenths add.
        List<LoadPerson> first = everyone.subList(0, Math.max(1, everyone.size() / 10));
        List<LoadPerson> rest = everyone.subList(first.size(), everyone.size());
        Instant rampStart = Instant.now();
        AtomicInteger cards = new AtomicInteger();
        Step arrive = person -> cards.addAndGet(person.start());
        List<String> startFailures = new ArrayList<>(forEveryone(first, arriving, arrive));
        long heapBefore = heapAfterFullCollections(servers);
        startFailures.addAll(forEveryone(rest, arriving, arrive));
        Duration ramp = Duration.between(rampStart, Instant.now());
        long heapAfter = heapAfterFullCollections(servers);
        long perSession = rest.isEmpty() ? 0 : (heapAfter - heapBefore) / rest.size();
        histogram(deployment, servers, "histogram-opened.txt");

        ConcurrentLinkedQueue<LoadPerson.Save> saves = new ConcurrentLinkedQueue<>();
        Sampler sampler = new Sampler(servers.size());
        long cpuBefore = cpuNanos(servers);
        Instant start = Instant.now();
        Instant end = start.plus(duration);
        AtomicInteger heartbeatFailures = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            sampler.start();
            for (LoadPerson person : everyone) {
                threads.submit(() -> {
                    Instant lastHeartbeat = Instant.now();
                    // Spread the first saves over the first think time: people do not click in step.
                    Thread.sleep((long) (ThreadLocalRandom.current().nextDouble(maxThink) * 1000));
                    while (Instant.now().isBefore(end)) {
                        saves.add(person.saveOne());
                        if (Duration.between(lastHeartbeat, Instant.now()).toSeconds() >= 300) {
                            try {
                                person.heartbeat();
                            } catch (Exception e) {
                                heartbeatFailures.incrementAndGet();
                            }
                            lastHeartbeat = Instant.now();
                        }
                        Thread.sleep((long) (1000 * ThreadLocalRandom.current().nextDouble(minThink, maxThink)));
                    }
                    return null;
                });
            }
        }
        Duration ran = Duration.between(start, Instant.now());
        long cpu = cpuNanos(servers) - cpuBefore;
        // Again once everyone has saved: each UI then keeps its last small answer for a resent request, not the
        // questionnaire's whole first render (which Flow keeps until the next request).
        long perSessionInUse = rest.isEmpty() ? 0 : (heapAfterFullCollections(servers) - heapBefore) / rest.size();
        histogram(deployment, servers, "histogram-after-saving.txt");
        sampler.stop();
        List<String> lost = Collections.synchronizedList(new ArrayList<>());
        List<String> checkFailures = forEveryone(everyone, arriving, person -> lost.addAll(person.lostSaves()));
        return Result.of(
                setup,
                List.copyOf(saves),
                ran,
                startFailures,
                checkFailures,
                heartbeatFailures.get(),
                lost,
                perSession,
                perSessionInUse,
                ramp,
                (double) cpu / ran.toNanos() / Runtime.getRuntime().availableProcessors(),
                sampler,
                everyone.stream().mapToInt(LoadPerson::savesShown).sum(),
                (double) cards.get() / everyone.size());
    }

    /** What each person does in one phase of the drill; it may fail for that person alone. */
    interface Step {
        void run(LoadPerson person) throws Exception;
    }

    /** Runs a step for everyone, {@code atOnce} at a time; returns the failures (the rest carry on). */
    private static List<String> forEveryone(List<LoadPerson> everyone, int atOnce, Step step) throws Exception {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Semaphore gate = new Semaphore(atOnce);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (LoadPerson person : everyone) {
                done.add(threads.submit(() -> {
                    gate.acquireUninterruptibly();
                    try {
                        step.run(person);
                    } catch (Exception e) {
                        failures.add(person.username() + ": " + e);
                    } finally {
                        gate.release();
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
        return failures;
    }

    /** With load.histogram: what the first server holds, class by class (the first 60 lines), for finding what to slim. */
    private static void histogram(LocalDeployment deployment, List<Process> servers, String file) throws Exception {
        if (Boolean.getBoolean("load.histogram")) {
            String jcmd =
                    Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            Files.write(
                    deployment.work().resolve(file),
                    LocalDeployment.run(List.of(jcmd, "" + servers.get(0).pid(), "GC.class_histogram"))
                            .lines()
                            .limit(60)
                            .toList());
        }
    }

    /** Heap in use on all servers together after two full collections each, in bytes. */
    private static long heapAfterFullCollections(List<Process> servers) throws Exception {
        long used = 0;
        for (Process server : servers) {
            String jcmd =
                    Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            LocalDeployment.run(List.of(jcmd, "" + server.pid(), "GC.run"));
            LocalDeployment.run(List.of(jcmd, "" + server.pid(), "GC.run"));
            Matcher heap = Pattern.compile("used (\\d+)K")
                    .matcher(LocalDeployment.run(List.of(jcmd, "" + server.pid(), "GC.heap_info")));
            assertThat(heap.find()).as("jcmd GC.heap_info").isTrue();
            used += Long.parseLong(heap.group(1)) * 1024;
        }
        return used;
    }

    /** CPU time the servers have used so far (user and system, from /proc). */
    private static long cpuNanos(List<Process> servers) {
        return servers.stream()
                .mapToLong(server ->
                        server.info().totalCpuDuration().orElse(Duration.ZERO).toNanos())
                .sum();
    }

    /**
     * Every 5 s: the servers' connection pools (active and waiting connections, from the app's Prometheus metrics)
     * and the machine's load, to tell what runs out first.
     */
    static final class Sampler {
        private static final Pattern ACTIVE = Pattern.compile("(?m)^hikaricp_connections_active\\{[^}]*} ([0-9.]+)");
        private static final Pattern PENDING = Pattern.compile("(?m)^hikaricp_connections_pending\\{[^}]*} ([0-9.]+)");
        private static final Pattern MAX = Pattern.compile("(?m)^hikaricp_connections_max\\{[^}]*} ([0-9.]+)");

        private final List<Integer> ports;
        private final Thread thread;
        private volatile boolean running = true;
        double maxActive;
        double maxPending;
        double poolSize;
        double maxLoad;
        double driverCpu;

        Sampler(int servers) {
            this.ports = servers == 1 ? List.of(PORTS[0]) : List.of(PORTS[0], PORTS[1]);
            this.thread = Thread.ofPlatform().daemon().unstarted(this::sample);
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }

        private void sample() {
            long driverCpuStart = driverCpuNanos();
            long started = System.nanoTime();
            try (HttpClient client = HttpClient.newHttpClient()) {
                while (running) {
                    for (int port : ports) {
                        try {
                            String metrics = client.send(
                                            HttpRequest.newBuilder(URI.create(
                                                            "http://127.0.0.1:" + port + "/actuator/prometheus"))
                                                    .header("Authorization", "Bearer " + METRICS_TOKEN)
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
                                    .body();
                            maxActive = Math.max(maxActive, value(ACTIVE, metrics));
                            maxPending = Math.max(maxPending, value(PENDING, metrics));
                            poolSize = Math.max(poolSize, value(MAX, metrics));
                        } catch (Exception e) {
                            if (!running) {
                                break;
                            }
                        }
                    }
                    maxLoad = Math.max(
                            maxLoad,
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    try {
                        Thread.sleep(5000);
                    } catch (InterruptedException e) {
                        break;
                    }
                }
            }
            driverCpu = (double) (driverCpuNanos() - driverCpuStart)
                    / (System.nanoTime() - started)
                    / Runtime.getRuntime().availableProcessors();
        }

        private static long driverCpuNanos() {
            return ProcessHandle.current()
                    .info()
                    .totalCpuDuration()
                    .orElse(Duration.ZERO)
                    .toNanos();
        }

        private static double value(Pattern pattern, String metrics) {
            Matcher matcher = pattern.matcher(metrics);
            double max = 0;
            while (matcher.find()) {
                max = Math.max(max, Double.parseDouble(matcher.group(1)));
            }
            return max;
        }
    }

    record Result(
            String setup,
            int saves,
            double perSecond,
            double p50,
            double p95,
            double p99,
            double max,
            int errors,
            int conflicts,
            int lost,
            long heapPerSession,
            long heapPerSessionInUse,
            Duration ramp,
            double serverCpu,
            Sampler sampler,
            List<String> notes) {

        static Result of(
                String setup,
                List<LoadPerson.Save> saves,
                Duration ran,
                List<String> startFailures,
                List<String> checkFailures,
                int heartbeatFailures,
                List<String> lost,
                long heapPerSession,
                long heapPerSessionInUse,
                Duration ramp,
                double serverCpu,
                Sampler sampler,
                int itemsShownSaved,
                double cardsPerScreen) {
            double[] millis = saves.stream()
                    .filter(save -> save.outcome() != LoadPerson.Outcome.ERROR)
                    .mapToDouble(save -> save.nanos() / 1e6)
                    .sorted()
                    .toArray();
            List<String> errorDetails = saves.stream()
                    .filter(save -> save.outcome() == LoadPerson.Outcome.ERROR)
                    .map(LoadPerson.Save::detail)
                    .toList();
            int conflicts = (int) saves.stream()
                    .filter(save -> save.outcome() == LoadPerson.Outcome.CONFLICT)
                    .count();
            int errors = errorDetails.size() + startFailures.size() + checkFailures.size() + heartbeatFailures;
            List<String> notes = new ArrayList<>();
            notes.add("");
            notes.add("- " + setup + ": " + "%.1f".formatted(cardsPerScreen) + " item cards per questionnaire screen; "
                    + itemsShownSaved + " items shown as saved, checked afresh: "
                    + lost.size() + " lost. Driver CPU " + percent(sampler.driverCpu) + " of the machine; load"
                    + " average up to " + "%.1f".formatted(sampler.maxLoad) + ".");
            addFirst(notes, "sign-in or opening failed", startFailures);
            addFirst(notes, "save failed", errorDetails);
            addFirst(notes, "final check failed", checkFailures);
            addFirst(notes, "lost", lost);
            if (heartbeatFailures > 0) {
                notes.add("  - heartbeats failed: " + heartbeatFailures);
            }
            notes.add("");
            return new Result(
                    setup,
                    saves.size(),
                    saves.size() / (ran.toMillis() / 1000.0),
                    percentile(millis, 0.50),
                    percentile(millis, 0.95),
                    percentile(millis, 0.99),
                    millis.length == 0 ? Double.NaN : millis[millis.length - 1],
                    errors,
                    conflicts,
                    lost.size(),
                    heapPerSession,
                    heapPerSessionInUse,
                    ramp,
                    serverCpu,
                    sampler,
                    notes);
        }

        private static void addFirst(List<String> notes, String what, List<String> details) {
            if (!details.isEmpty()) {
                notes.add("  - " + what + " (" + details.size() + "), first ones: "
                        + String.join(
                                "; ",
                                details.stream()
                                        .limit(5)
                                        .map(detail ->
                                                detail.lines().findFirst().orElse(""))
                                        .map(line -> line.length() > 2000 ? line.substring(0, 2000) + "…" : line)
                                        .toList()));
            }
        }

        private static double percentile(double[] sorted, double fraction) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[(int) Math.min(sorted.length - 1, Math.round(fraction * (sorted.length - 1)))];
        }

        private static String percent(double share) {
            return "%.0f%%".formatted(100 * share);
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.0f | %d | %d | %d | %d KB / %d KB | %d s | %s | %.0f/%.0f of %.0f |",
                    setup,
                    saves,
                    perSecond,
                    p50,
                    p95,
                    p99,
                    max,
                    errors,
                    conflicts,
                    lost,
                    heapPerSession / 1024,
                    heapPerSessionInUse / 1024,
                    ramp.toSeconds(),
                    percent(serverCpu),
                    sampler.maxActive,
                    sampler.maxPending,
                    sampler.poolSize);
        }
    }
}
