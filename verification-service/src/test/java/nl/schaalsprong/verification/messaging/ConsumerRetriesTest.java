package nl.schaalsprong.verification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's consumer failure handling over the real Kafka (issue 15): a transient failure is retried in place
 * and does not dead-letter a good record; a poison record goes to the dead-letter topic at once; a failure that does
 * not pass goes there after the configured retries (3 in tests).
 */
@QuarkusTest
class ConsumerRetriesTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    RetryProbe probe;

    @Test
    void aRecordFailingTransientlyTwiceThenSucceedingIsNotDeadLettered() {
        String key = UUID.randomUUID().toString();
        String flaky = "deadlock:2:" + key;
        KafkaTopics.send(RetryProbe.TOPIC, key, flaky);
        // A poison record behind it on the same key (same partition): once it is dead-lettered, the first was done.
        String marker = "poison:" + key;
        KafkaTopics.send(RetryProbe.TOPIC, key, marker);

        await().atMost(PATIENCE).until(() -> deadLettered(marker));
        assertTrue(probe.handled(flaky), "handled on its third try");
        assertEquals(3, probe.tries(flaky));
        assertFalse(deadLettered(flaky), "never dead-lettered");
    }

    @Test
    void aPoisonRecordIsDeadLetteredAtOnce() {
        String poison = "poison:" + UUID.randomUUID();
        KafkaTopics.send(RetryProbe.TOPIC, poison, poison);

        await().atMost(PATIENCE).until(() -> deadLettered(poison));
        assertEquals(1, probe.tries(poison), "not retried");
    }

    @Test
    void aTransientFailureThatDoesNotPassIsDeadLetteredAfterTheRetries() {
        String stuck = "deadlock:99:" + UUID.randomUUID();
        KafkaTopics.send(RetryProbe.TOPIC, stuck, stuck);

        await().atMost(PATIENCE).until(() -> deadLettered(stuck));
        assertEquals(4, probe.tries(stuck), "the first try and three retries");
        assertFalse(probe.handled(stuck));
    }

    private static boolean deadLettered(String record) {
        return KafkaTopics.records(RetryProbe.DLQ).stream().map(ConsumerRecord::value).anyMatch(record::equals);
    }
}
