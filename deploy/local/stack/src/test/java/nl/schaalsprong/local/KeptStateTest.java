package nl.schaalsprong.local;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the run command relies on: kept state survives stop and start, a fresh start is empty, tests leave nothing. */
class KeptStateTest {

    private static final String TOPIC = "schaalsprong.kept-state-test";

    @Test
    void keptStateSurvivesStopAndStartAndAFreshStartIsEmpty(@TempDir Path work) throws Exception {
        int pg = Ports.free();
        int kafka = Ports.free();
        int controller = Ports.free();
        String key = UUID.randomUUID().toString();
        try (LocalStack stack = LocalStack.start(settings(work, pg, kafka, controller, LocalStack.State.KEPT))) {
            assertEquals(List.of("on", "on", "4GB", "15min"), serverSettings(stack, "fsync", "synchronous_commit",
                    "max_wal_size", "checkpoint_timeout"), "kept state is durable, its checkpoints spaced for heavy writes");
            sql(stack, "create table remembered (id text primary key)", "insert into remembered values ('" + key + "')");
            send(stack, key);
        }
        assertTrue(Files.isRegularFile(work.resolve("pgdata/PG_VERSION")), "the data directory is kept");

        try (LocalStack again = LocalStack.start(settings(work, pg, kafka, controller, LocalStack.State.KEPT))) {
            assertEquals(List.of(key), rows(again), "the row written before the stop is read after the start");
            assertEquals(List.of(key), keys(again), "the record sent before the stop is read after the start");
        }

        try (LocalStack fresh = LocalStack.start(settings(work, pg, kafka, controller, LocalStack.State.FRESH))) {
            try (Connection c = connect(fresh);
                 ResultSet rs = c.createStatement().executeQuery("select to_regclass('remembered') is null")) {
                assertTrue(rs.next() && rs.getBoolean(1), "a fresh start has empty databases");
            }
            assertEquals(List.of(), keys(fresh), "a fresh start has an empty Kafka log");
        }
    }

    @Test
    void aThrowawayStackLeavesNoDataBehind() {
        LocalStack.Settings settings = LocalStack.Settings.forTests();
        try (LocalStack stack = LocalStack.start(settings)) {
            assertTrue(Files.isDirectory(settings.workDirectory().resolve("pgdata")));
            assertTrue(Files.isDirectory(settings.workDirectory().resolve("kafka")));
        }
        assertFalse(Files.exists(settings.workDirectory().resolve("pgdata")));
        assertFalse(Files.exists(settings.workDirectory().resolve("kafka")));
    }

    private static LocalStack.Settings settings(Path work, int pg, int kafka, int controller, LocalStack.State state) {
        return new LocalStack.Settings(work, pg, kafka, controller, "test_", state);
    }

    private static List<String> serverSettings(LocalStack stack, String... names) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(stack)) {
            for (String name : names) {
                try (ResultSet rs = c.createStatement().executeQuery("show " + name)) {
                    rs.next();
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private static Connection connect(LocalStack stack) throws Exception {
        Map<String, String> config = stack.serviceConfig("lessons");
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }

    private static void sql(LocalStack stack, String... statements) throws Exception {
        try (Connection c = connect(stack)) {
            for (String statement : statements) {
                c.createStatement().execute(statement);
            }
        }
    }

    private static List<String> rows(LocalStack stack) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(stack); ResultSet rs = c.createStatement().executeQuery("select id from remembered")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static void send(LocalStack stack, String key) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, "{}")).get();
        }
    }

    /** Every key on the topic, read from the beginning for a few seconds. */
    private static List<String> keys(LocalStack stack) {
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "kept-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plusSeconds(8);
            while (Instant.now().isBefore(deadline) && keys.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    keys.add(record.key());
                }
            }
        }
        return keys;
    }
}
