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
 * formatted directory alone), a throwaway one is deleted at close.
 */
final class Kafka implements AutoCloseable {

    /** The host the broker advertises; clients reach it as {@code HOST:port}. */
    static final String HOST = "localhost";

    private final EmbeddedKafkaBroker broker;

    private Kafka(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    static Kafka start(int port, int controllerPort, Path logDirectory, boolean keep) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker();
        formattedClusterId(logDirectory).ifPresent(broker::withClusterId);
        broker.withNodeId(0)
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withKafkaHost(HOST)
                .withDeleteLogDirsOnClose(!keep)
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
        return new Kafka(broker);
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
        // The broker reports "PLAINTEXT://localhost:port"; clients want host:port.
        return broker.getAdvertisedListeners().replaceAll("[A-Z_]+://", "");
    }

    @Override
    public void close() {
        broker.close();
    }
}
