package nl.schaalsprong.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One PostgreSQL server process on loopback, initialised into a fresh data directory and stopped on close
 * (and by a shutdown hook, so an interrupted run leaves no server behind).
 */
final class EmbeddedServer implements AutoCloseable {

    private final Path home;
    private final Path dataDirectory;
    private ExitGuard exitGuard;

    private EmbeddedServer(Path home, Path dataDirectory) {
        this.home = home;
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedServer start(Path home, Path dataDirectory, int port) {
        EmbeddedServer server = new EmbeddedServer(home, dataDirectory);
        try {
            if (Files.exists(dataDirectory)) {
                deleteRecursively(dataDirectory);
            }
            Files.createDirectories(dataDirectory.getParent());
            server.run("initdb", "-D", dataDirectory.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C", "--no-sync");
            server.run("pg_ctl", "-D", dataDirectory.toString(), "-l", dataDirectory.resolveSibling("postgres.log").toString(),
                    "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=localhost -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
                            + " -c unix_socket_directories=" + dataDirectory, "start");
            server.exitGuard = ExitGuard.register("embedded-postgres", server::stop);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * PostgreSQL refuses to run as root. As root the tools run inside a new user namespace ({@code unshare -U}),
     * where the process is 'nobody' and so, seen from inside, are the files it made: no extra OS user needed.
     */
    private void run(String tool, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(home.resolve("bin").resolve(tool).toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("schaalsprong-" + tool, ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " did not finish within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(tool + " failed with exit code " + process.exitValue() + ":\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + tool, e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private void stop() {
        try {
            run("pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30", "stop");
            deleteRecursively(dataDirectory);
        } catch (IOException e) {
            System.err.println("could not stop PostgreSQL cleanly: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        exitGuard.stopNow();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
