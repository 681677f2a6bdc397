package nl.schaalsprong.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One PostgreSQL server process on loopback, stopped on close (and by a shutdown hook, so an interrupted run leaves
 * no server behind). A kept data directory is reused as it is and left in place; a throwaway one is initialised
 * afresh, run without fsync (nothing in it is to survive) and deleted at close.
 */
final class EmbeddedServer implements AutoCloseable {

    private final Path home;
    private final Path dataDirectory;
    private final int port;
    private final boolean keep;
    private ExitGuard exitGuard;

    private EmbeddedServer(Path home, Path dataDirectory, int port, boolean keep) {
        this.home = home;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.keep = keep;
    }

    static EmbeddedServer start(Path home, Path dataDirectory, int port, boolean keep) {
        EmbeddedServer server = new EmbeddedServer(home, dataDirectory, port, keep);
        try {
            // PG_VERSION is written last by initdb: without it the directory is no usable cluster (or none at all).
            boolean initialised = Files.isRegularFile(dataDirectory.resolve("PG_VERSION"));
            if (!keep || !initialised) {
                Directories.delete(dataDirectory);
                Files.createDirectories(dataDirectory.getParent());
                List<String> initdb = new ArrayList<>(List.of("-D", dataDirectory.toString(), "-U", "postgres",
                        "-A", "trust", "-E", "UTF8", "--locale=C"));
                if (!keep) {
                    initdb.add("--no-sync");
                }
                server.run("initdb", initdb.toArray(String[]::new));
            }
            server.startServer();
            server.exitGuard = ExitGuard.register("embedded-postgres", server::stop);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * PostgreSQL's buffer cache. Its default, 128 MB, holds a fraction of the verification table's indexes at a tenth
     * of the design point (about 500 MB of them; every suggestion writes seven, eight when it names a component); with
     * 1 GB the tag path's consumers worked off more tags a second in the benchmark (docs/benchmarks.md, session 18).
     * Shared memory is only taken as pages are read, so a suite on the product's own data holds much less.
     */
    static final String SHARED_BUFFERS = "1GB";

    /**
     * How often a kept state checkpoints: at most every 4 GB of WAL (the default is 1 GB) or 15 minutes (the default
     * is 5). At 100 tags/s the suite writes about 7 MB of WAL a second; with the defaults a checkpoint began every 75 s
     * (PostgreSQL logged "checkpoints are occurring too frequently"), and each begun checkpoint makes every page's
     * first change after it write the whole page to the WAL. In the session 19 run the tag path stalled for seconds,
     * with the CPU half idle, as one began and as it ended: a coincidence in time, not a proof (docs/benchmarks.md).
     * The WAL kept between checkpoints grows to this only under such load; recovery after a crash replays at most that.
     */
    static final String KEPT_CHECKPOINTS = " -c max_wal_size=4GB -c checkpoint_timeout=15min";

    private void startServer() throws IOException {
        String durability = keep ? KEPT_CHECKPOINTS : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        run("pg_ctl", "-D", dataDirectory.toString(), "-l", dataDirectory.resolveSibling("postgres.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=localhost" + durability
                        + " -c shared_buffers=" + SHARED_BUFFERS + " -c max_connections=200 -c unix_socket_directories="
                        + dataDirectory, "start");
    }

    /**
     * Shuts the server down as an operator would ({@code pg_ctl stop -m fast}: open sessions are ended, committed
     * data stays), keeping its data directory for {@link #restart()}.
     */
    synchronized void stopKeepingData() {
        try {
            pgCtlStop();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Starts a server stopped by {@link #stopKeepingData()} again, on the same port and data. */
    synchronized void restart() {
        try {
            startServer();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL in " + dataDirectory + " again", e);
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

    /** Fast shutdown: open sessions are ended, committed data stays; waits up to 30 s for the server to be gone. */
    private void pgCtlStop() throws IOException {
        run("pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30", "stop");
    }

    private void stop() {
        try {
            pgCtlStop();
            if (!keep) {
                Directories.delete(dataDirectory);
            }
        } catch (IOException e) {
            System.err.println("could not stop PostgreSQL cleanly: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        exitGuard.stopNow();
    }
}
