package nl.schaalsprong.local;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads what a service really published on the local stack's broker, for tests: a consumer in a group of its
 * own, from the earliest offset, so it sees every record of the topic.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;

    private TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    public static TopicReader subscribe(String bootstrapServers, String topic) {
        return new TopicReader(bootstrapServers, topic);
    }

    /** Inside a {@code @QuarkusTest}: the broker the service under test is configured with. */
    public static TopicReader subscribe(String topic) {
        return subscribe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), topic);
    }

    /**
     * The records with this key, polling until {@code wanted} have arrived or {@code within} has passed; pass
     * {@code Integer.MAX_VALUE} to keep listening for the whole time (to see that nothing more comes).
     */
    public List<ConsumerRecord<String, String>> recordsFor(String key, int wanted, Duration within) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(within);
        while (found.size() < wanted && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) {
                    found.add(record);
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
