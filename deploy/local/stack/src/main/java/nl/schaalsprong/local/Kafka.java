package nl.schaalsprong.local;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A real Kafka broker in KRaft mode, in this process: the same broker code as a production one. Its log lives in
 * the given directory; a kept log is formatted once and reused by every later start (the formatter leaves a
 * formatted directory alone), a throwaway one is deleted at close. {@link #stop()} and {@link #restart()} take the
 * broker down and bring it back on the same ports and log, as a broker restart in production does (even a throwaway
 * log survives them: it goes only at close).
 */
final class Kafka implements AutoCloseable {

    /** The host the broker advertises; clients reach it as {@code HOST:port}. */
    static final String HOST = "localhost";

    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private final boolean keep;
    private EmbeddedKafkaBroker broker;

    private Kafka(int port, int controllerPort, Path logDirectory, boolean keep) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
        this.keep = keep;
    }

    /** @param port and {@code controllerPort} fixed ports (not 0): a restart must come back where clients look */
    static Kafka start(int port, int controllerPort, Path logDirectory, boolean keep) {
        Kafka kafka = new Kafka(port, controllerPort, logDirectory, keep);
        kafka.broker = broker(port, controllerPort, logDirectory);
        return kafka;
    }

    private static EmbeddedKafkaBroker broker(int port, int controllerPort, Path logDirectory) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker();
        formattedClusterId(logDirectory).ifPresent(broker::withClusterId);
        return broker.withNodeId(0)
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withKafkaHost(HOST)
                // Deleted by close() when throwaway, not by the broker: stop() must keep it for restart().
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(p -> {
                    p.put("log.dir", logDirectory.toAbsolutePath().toString());
                    p.put("auto.create.topics.enable", "true");
                    p.put("num.partitions", "3");
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("offsets.topic.replication.factor", "1");
                    p.put("transaction.state.log.replication.factor", "1");
                    p.put("transaction.state.log.min.isr", "1");
                })
                .start();
    }

    /** The cluster id a kept log was formatted with: a broker must start with the id its log carries. */
    private static Optional<String> formattedClusterId(Path logDirectory) {
        Path meta = logDirectory.resolve("meta.properties");
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(meta)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + meta, e);
        }
        return Optional.ofNullable(properties.getProperty("cluster.id"));
    }

    String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** Takes the broker down as a crash-free shutdown would; its log stays for {@link #restart()}. */
    synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** Brings a stopped broker back on the same ports, with the log it had: what was acknowledged is still there. */
    synchronized void restart() {
        if (broker != null) {
            throw new IllegalStateException("the broker on port " + port + " is running");
        }
        broker = broker(port, controllerPort, logDirectory);
    }

    @Override
    public synchronized void close() {
        stop();
        if (!keep) {
            try {
                Directories.delete(logDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete the Kafka log " + logDirectory, e);
            }
        }
    }
}
