package nl.schaalsprong.local.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stoplight Prism's validating proxy ({@code prism proxy --errors}) in front of one running service: it forwards
 * every request to the service and checks the request and the answer against the service's OpenAPI document. An
 * answer the document forbids comes back as Prism's 500 problem ({@code .../prism/errors#VIOLATIONS}) listing the
 * violations; every violation, warnings too, is also in the {@code sl-violations} header.
 *
 * <p>Prism is the npm package pinned in {@code deploy/local/prism} (package.json and its package-lock.json), installed
 * there with {@code npm ci} when it is missing: no version floats, and nothing but the npm registry is reached.
 */
final class PrismProxy implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(90);

    private final String service;
    private final int port;
    private final Process process;
    private final Path log;

    private PrismProxy(String service, int port, Process process, Path log) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** The pinned Prism, installed from the lock file when {@code node_modules} does not have it yet. */
    static Path install(Path root) {
        Path folder = root.resolve("deploy/local/prism");
        Path prism = folder.resolve("node_modules/.bin/prism");
        if (!Files.isExecutable(prism)) {
            run(folder, List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(5));
        }
        return prism;
    }

    /**
     * Starts {@code prism proxy --errors} on a free port, validating against {@code document} and forwarding to
     * {@code upstream}; returns once it accepts connections.
     */
    static PrismProxy start(Path prism, String service, Path document, String upstream, Path logDirectory) {
        int port = nl.schaalsprong.local.Ports.free();
        Path log = logDirectory.resolve("prism-" + service + ".log");
        try {
            Files.createDirectories(logDirectory);
            Process process = new ProcessBuilder(prism.toString(), "proxy", "--errors", "--host", "127.0.0.1",
                    "--port", String.valueOf(port), document.toString(), upstream)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PrismProxy proxy = new PrismProxy(service, port, process, log);
            proxy.awaitListening();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Prism for " + service, e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String service() {
        return service;
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prism for " + service + " exited with " + process.exitValue()
                        + "; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("Prism for " + service + " did not listen within " + START + "; see " + log);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(Path folder, List<String> command, Duration timeout) {
        try {
            // Never the test JVM's own streams: the forked JVM talks to Maven over them, and npm both writes to its
            // stdout and sets the inherited stdin non-blocking, which broke that channel in CI ("std/in stream
            // corrupted"). npm's output goes to a file, named in any failure.
            Path log = Files.createTempFile("npm-", ".log");
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " in " + folder + " took longer than " + timeout
                        + "; its output: " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " in " + folder + " failed with " + process.exitValue()
                        + " (node and npm installed? .ci/run installs them); its output: " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(command + " could not start (node and npm installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
