package io.nlc.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the drills bring up on this machine, as {@code deploy/} describes it for a real one: a throw-away PostgreSQL
 * from Debian's packages, instances of the production jar, and HAProxy with {@code deploy/haproxy.cfg}. Everything it
 * starts is stopped by {@link #close()}; logs stay in the work folder.
 */
public final class LocalDeployment implements AutoCloseable {

    public static final Path JAR = Path.of("target/nlc-self-assessment.jar").toAbsolutePath();
    /** The readiness path the proxy and the drills ask (a build without Actuator could use /login). */
    public static final String READINESS = System.getProperty("drill.readiness", "/actuator/health/readiness");

    private static final String PG_PASSWORD = "nlc-drill";
    private static final List<String> START_SCRIPT =
            List.of(Path.of("deploy/nlc-start").toAbsolutePath().toString());

    private final Path work;
    private final Map<String, Process> instances = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private @Nullable Path pgBin;
    private int pgPort;
    private @Nullable Process haproxy;
    private boolean throughStartScript;

    /** Starts from an empty {@code work} folder. */
    public LocalDeployment(Path work) throws IOException {
        this.work = work.toAbsolutePath();
        deleteRecursively(this.work);
        Files.createDirectories(this.work);
    }

    public Path work() {
        return work;
    }

    /** Debian's PostgreSQL with default durability, a database {@code nlc} owned by {@code nlc}; returns its version. */
    public String startPostgres(int port) throws Exception {
        pgBin = Files.list(Path.of("/usr/lib/postgresql"))
                .map(version -> version.resolve("bin"))
                .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                .max(Path::compareTo)
                .orElseThrow(() -> new IllegalStateException("Debian's postgresql is not installed"));
        pgPort = port;
        Path data = work.resolve("pg");
        Files.createDirectories(data);
        Path password = work.resolve("pgpass");
        Files.writeString(password, PG_PASSWORD);
        if (isRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", work.toString()));
        }
        run(asPostgres(
                pgBin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                "nlc",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--pwfile=" + password,
                "-E",
                "UTF8",
                "--locale=C.UTF-8"));
        run(asPostgres(
                pgBin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                work.resolve("postgres.log").toString(),
                "-w",
                "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1",
                "start"));
        run(asPostgres(
                pgBin.resolve("createdb").toString(), "-h", data.toString(), "-p", "" + port, "-U", "nlc", "nlc"));
        return pgBin.toString();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/nlc";
    }

    public String jdbcUser() {
        return "nlc";
    }

    public String jdbcPassword() {
        return PG_PASSWORD;
    }

    /**
     * From now on instances start as {@code deploy/systemd/nlc@.service} starts them, through {@code deploy/nlc-start}
     * with the JDK's start-up cache; first trains that cache with {@code --prepare} and returns how long it took.
     */
    public Duration useStartScript() throws Exception {
        throughStartScript = true;
        Instant start = Instant.now();
        List<String> command = new ArrayList<>(START_SCRIPT);
        command.add("--prepare");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        work.resolve("nlc-start-prepare.log").toFile()));
        builder.environment().putAll(startScriptSettings());
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("deploy/nlc-start --prepare failed (" + exit + "), see "
                    + work.resolve("aot") + " and " + work.resolve("nlc-start-prepare.log"));
        }
        return Duration.between(start, Instant.now());
    }

    private Map<String, String> startScriptSettings() {
        return Map.of(
                "NLC_JAR",
                JAR.toString(),
                "NLC_STATE",
                work.toString(),
                "JAVA",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "JAVA_OPTS",
                "");
    }

    /**
     * Starts the production jar as {@code name} on {@code port}, in its own folder under the work folder (where the
     * embedded database lives when no PostgreSQL was started), behind the local proxy's forwarded headers.
     */
    public Process startInstance(String name, int port, List<String> arguments, Map<String, String> environment)
            throws IOException {
        Path folder = work.resolve(name);
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>(
                throughStartScript
                        ? START_SCRIPT
                        : List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-jar",
                                JAR.toString()));
        command.addAll(List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--server.forward-headers-strategy=native",
                "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        work.resolve(name + ".log").toFile()));
        if (throughStartScript) {
            builder.environment().putAll(startScriptSettings());
        }
        if (pgBin != null) {
            builder.environment().put("NLC_DB_URL", jdbcUrl());
            builder.environment().put("NLC_DB_USER", jdbcUser());
            builder.environment().put("NLC_DB_PASSWORD", jdbcPassword());
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        instances.put(name, process);
        ports.put(name, port);
        return process;
    }

    public Map<String, Process> instances() {
        return instances;
    }

    /** Kills an instance at once (SIGKILL) and forgets it. */
    public void kill(String name) throws InterruptedException {
        Process process = instances.remove(name);
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Waits until the instance says it is ready; returns how long that took. */
    public Duration waitUntilReady(String name, Duration limit) throws Exception {
        Instant start = Instant.now();
        waitUntil(
                limit,
                () -> {
                    if (!instances.get(name).isAlive()) {
                        throw new AssertionError(name + " exited, see " + work.resolve(name + ".log"));
                    }
                    return status(ports.get(name), READINESS) == 200;
                },
                name + " is ready");
        return Duration.between(start, Instant.now());
    }

    /** HAProxy with the shipped {@code deploy/haproxy.cfg}, moved to these ports, in front of every instance. */
    public void startProxy(int port) throws Exception {
        List<String> names = List.copyOf(ports.keySet());
        if (names.size() != 2) {
            throw new IllegalStateException("deploy/haproxy.cfg has two instances; started: " + names);
        }
        Path config = work.resolve("haproxy.cfg");
        Files.writeString(
                config,
                Files.readString(Path.of("deploy/haproxy.cfg"))
                        .replace("127.0.0.1:8080", "127.0.0.1:" + port)
                        .replace("127.0.0.1:8081", "127.0.0.1:" + ports.get(names.get(0)))
                        .replace("127.0.0.1:8082", "127.0.0.1:" + ports.get(names.get(1)))
                        .replace("GET /actuator/health/readiness", "GET " + READINESS));
        haproxy = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile())
                .start();
        waitUntil(Duration.ofSeconds(30), () -> status(port, "/login") == 200, "the proxy serves the sign-in page");
    }

    /**
     * Waits until the proxy sends a browser holding {@code name}'s sticky cookie to {@code name} again: after a
     * restart the proxy needs its health checks to pass first (two in a row, 2 s apart), and until then it sends
     * such a browser elsewhere with a new cookie.
     */
    public void waitUntilProxyRoutesTo(String name, int proxyPort) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            waitUntil(
                    Duration.ofSeconds(60),
                    () -> {
                        HttpResponse<Void> page = client.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort + "/login"))
                                        .header("Cookie", "NLCNODE=" + name)
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        return page.statusCode() == 200
                                && page.headers().allValues("Set-Cookie").stream()
                                        .noneMatch(cookie -> cookie.startsWith("NLCNODE="));
                    },
                    "the proxy routes to " + name);
        }
    }

    @Override
    public void close() throws Exception {
        if (haproxy != null) {
            haproxy.destroy();
        }
        instances.values().forEach(Process::destroy);
        for (Process process : instances.values()) {
            process.waitFor();
        }
        instances.clear();
        if (pgBin != null) {
            run(asPostgres(
                    pgBin.resolve("pg_ctl").toString(), "-D", work.resolve("pg").toString(), "-m", "fast", "stop"));
            pgBin = null;
        }
    }

    /** The HTTP status of a GET, or 0 when nothing answers. */
    public static int status(int port, String path) {
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .build()) {
            return client.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    public interface Check {
        boolean holds() throws Exception;
    }

    public static void waitUntil(Duration limit, Check check, String what) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (!check.holds()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(500);
        }
    }

    /** Runs a command to its end; fails with its output when it fails. Returns the output. */
    public static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError(command + ": " + output);
        }
        return output;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asPostgres(String... command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
