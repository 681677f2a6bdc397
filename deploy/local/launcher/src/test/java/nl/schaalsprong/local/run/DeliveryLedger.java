package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schaalsprong.local.LocalStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

/**
 * What the suite holds about a set of lessons, read where it is kept: the verification database (suggestions, what
 * is still pending), the outboxes (each event's sequence number) and the topics (what was published, in which order).
 */
final class DeliveryLedger {

    static final String LESSONS_TOPIC = "schaalsprong.lessons";
    static final String SUGGESTIONS_TOPIC = "schaalsprong.verification-suggestions";
    static final String VERIFICATION_GROUP = "verification-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;

    DeliveryLedger(LocalStack stack) {
        this.stack = stack;
    }

    /**
     * The lessons' suggested verifications: how many, how many distinct (lesson, target) pairs among them, how many
     * lessons have another number than the one expected of each, and the verifications' ids.
     */
    record Suggestions(long total, long distinct, long lessonsWithOtherThan, Set<String> verificationIds) {
    }

    Suggestions suggestions(Collection<UUID> lessons, int perLesson) {
        return query("verification", connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*),"
                    + " count(distinct (lesson_id, target_level, target_area_code)) from verification where lesson_id = any(?)");
                 PreparedStatement uneven = connection.prepareStatement("select count(*) from (select lesson_id"
                         + " from verification where lesson_id = any(?) group by lesson_id having count(*) <> ?) l");
                 PreparedStatement ids = connection.prepareStatement("select id from verification where lesson_id = any(?)")) {
                java.sql.Array array = connection.createArrayOf("uuid", lessons.toArray());
                count.setArray(1, array);
                uneven.setArray(1, array);
                uneven.setInt(2, perLesson);
                ids.setArray(1, array);
                long total;
                long distinct;
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                    distinct = row.getLong(2);
                }
                long other;
                try (ResultSet row = uneven.executeQuery()) {
                    row.next();
                    other = row.getLong(1); // lessons with none at all are not in the grouping: added below
                }
                Set<String> verificationIds = new HashSet<>();
                try (ResultSet rows = ids.executeQuery()) {
                    while (rows.next()) {
                        verificationIds.add(rows.getString(1));
                    }
                }
                return new Suggestions(total, distinct, other + lessonsWithNoSuggestion(connection, array),
                        verificationIds);
            }
        });
    }

    private static long lessonsWithNoSuggestion(Connection connection, java.sql.Array lessons) throws SQLException {
        try (PreparedStatement none = connection.prepareStatement("select count(*) from unnest(?::uuid[]) l(id)"
                + " where not exists (select 1 from verification v where v.lesson_id = l.id)")) {
            none.setArray(1, lessons);
            try (ResultSet row = none.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * What is still under way between the lessons' tagging and their suggestions on the topic: outbox rows not yet
     * acknowledged (lessons, verification), lessons parked for typology, and LessonTagged records the verification
     * consumers have not committed yet (-1: the broker could not say). All zero when the run has settled.
     */
    record UnderWay(long lessonsOutbox, long verificationOutbox, long parkedForTypology, long consumerLag) {
        boolean settled() {
            return lessonsOutbox == 0 && verificationOutbox == 0 && parkedForTypology == 0 && consumerLag == 0;
        }
    }

    UnderWay underWay() throws InterruptedException {
        return new UnderWay(pendingOutbox("lessons"), pendingOutbox("verification"),
                count("verification", "select count(*) from pending_suggestion"), consumerLag());
    }

    /** Records the lessons' dead-letter topic holds, as verification-service read them back. */
    long deadLetters() {
        return count("verification", "select count(*) from dead_letter");
    }

    /** Rows of {@code database}'s outbox the relay has still to publish (parked ones not counted). */
    long pendingOutbox(String database) {
        return count(database, "select count(*) from outbox_event where published_at is null and parked_at is null");
    }

    private long consumerLag() throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(VERIFICATION_GROUP)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(LESSONS_TOPIC)).allTopicNames().get().get(LESSONS_TOPIC).partitions()
                    .forEach(p -> latest.put(new TopicPartition(LESSONS_TOPIC, p.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        } catch (ExecutionException e) {
            return -1; // the broker cannot say yet (restarting): not settled
        }
    }

    /** The outbox sequence number of every event about {@code aggregates} in {@code database}'s outbox, by event id. */
    Map<String, Long> outboxSequence(String database, Collection<String> aggregates) {
        return query(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select event_id, seq from outbox_event where aggregate_id = any(?)")) {
                select.setArray(1, connection.createArrayOf("text", aggregates.toArray()));
                Map<String, Long> seq = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        seq.put(rows.getString(1), rows.getLong(2));
                    }
                }
                return seq;
            }
        });
    }

    /** The aggregate of every event in {@code database}'s outbox whose payload mentions {@code text}, by event id. */
    Map<String, String> outboxEventsMentioning(String database, String text) {
        return query(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select event_id, aggregate_id from outbox_event where strpos(payload, ?) > 0")) {
                select.setString(1, text);
                Map<String, String> aggregates = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        aggregates.put(rows.getString(1), rows.getString(2));
                    }
                }
                return aggregates;
            }
        });
    }

    /**
     * Reads {@code topic} from its beginning to its present end and hands every record whose key is in {@code keys}
     * to {@code each} as (key, CloudEvent id), in the order of its partition.
     */
    void read(String topic, Set<String> keys, BiConsumer<String, String> each) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && keys.contains(record.key())) {
                        each.accept(record.key(), eventId(record.value()));
                    }
                }
            }
        }
    }

    private static String eventId(String cloudEvent) {
        try {
            return JSON.readTree(cloudEvent).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("not a CloudEvent: " + cloudEvent, e);
        }
    }

    private long count(String database, String sql) {
        return query(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T query(String database, Work<T> work) {
        Map<String, String> config = stack.serviceConfig(database);
        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the " + database + " database", e);
        }
    }
}
