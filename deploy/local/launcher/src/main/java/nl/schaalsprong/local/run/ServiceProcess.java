package nl.schaalsprong.local.run;

import nl.schaalsprong.local.ExitGuard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** One packaged Quarkus service running as its own operating-system process, as it would in production. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The JVM settings we ship for the local run: the C1 compiler only, a small heap and the serial collector.
     * Measured on the 2-core reference machine (docs/benchmarks.md): with three services on two cores, C2's
     * compile threads cost more than its faster code earns back, so C1 alone starts sooner, holds less memory and
     * even served more comparable searches per second. Sustained event load is the exception: after its warm-up
     * C2 spends far less CPU per event, which {@link JvmProfile#THROUGHPUT} gives.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private final ExitGuard exitGuard;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        // Even if the launcher ends without closing us (an uncaught error, a SIGTERM), the service goes with it.
        this.exitGuard = ExitGuard.register(name, this::stop);
    }

    /**
     * Starts {@code quarkus-run.jar} of a service with its configuration given as system properties.
     *
     * @param config          Quarkus property names and values (ports, datasource, broker, token key)
     * @param extraJvmOptions added after {@link #DEFAULT_JVM_OPTIONS} (a {@link JvmProfile}, a benchmark's own)
     * @param environment     variables added to the launcher's own, unless the launcher's environment sets them
     *                        already (so a benchmark can compare, e.g. {@code MALLOC_ARENA_MAX})
     */
    public static ServiceProcess start(String name, Path appDirectory, int port, Map<String, String> config,
                                       Path logDirectory, List<String> extraJvmOptions, Map<String, String> environment) {
        Path jar = appDirectory.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the suite first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(DEFAULT_JVM_OPTIONS);
        command.add(classDataSharing(appDirectory, jar));
        command.addAll(extraJvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add("quarkus-run.jar");
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(appDirectory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            environment.forEach(builder.environment()::putIfAbsent);
            Process process = builder.start();
            return new ServiceProcess(name, port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Where a service keeps the classes it loaded, for the next start; see {@link #classDataSharing}. */
    static final String CLASS_ARCHIVE = "schaalsprong-classes.jsa";

    /**
     * Class data sharing from a real run (JDK 17 has no automatic archive): the first start after a build writes
     * every class the service loaded into an archive when it stops; later starts map that archive instead of
     * loading, parsing and verifying those classes again, about a second less on this 2-core machine. An archive
     * older than the build is dropped. It only maps when the class path is spelled as when it was written, hence
     * the relative jar name and the working directory.
     */
    private static String classDataSharing(Path appDirectory, Path jar) {
        Path archive = appDirectory.resolve(CLASS_ARCHIVE);
        try {
            if (Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                Files.delete(archive);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not check " + archive, e);
        }
        if (Files.isRegularFile(archive)) {
            return "-XX:SharedArchiveFile=" + CLASS_ARCHIVE;
        }
        // A second instance of the service (TwoReplicasIT) must not write the same archive as the first at its exit.
        return ARCHIVE_WRITERS.add(archive.toAbsolutePath()) ? "-XX:ArchiveClassesAtExit=" + CLASS_ARCHIVE
                : "-Xshare:auto";
    }

    /** The archives a process started from this launcher writes at its exit: one writer each. */
    private static final Set<Path> ARCHIVE_WRITERS = ConcurrentHashMap.newKeySet();

    /** Waits until {@code /q/health/ready} answers 200: database migrated, broker reachable. */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Asks the service to shut down gracefully (SIGTERM), and kills it if it has not stopped in 15 s. */
    @Override
    public void close() {
        exitGuard.stopNow();
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
