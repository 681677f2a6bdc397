package nl.schaalsprong.verification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.local.ScrapedMetrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.schaalsprong.local.ScrapedMetrics.scrape;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's consumer failure handling over the real Kafka (issue 15): a transient failure is retried in place
 * and does not dead-letter a good record; a poison record goes to the dead-letter topic at once; a failure that does
 * not pass goes there after the configured retries (3 in tests); each retry is counted in
 * {@code schaalsprong_events_retries_total}.
 */
@QuarkusTest
class ConsumerRetriesTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    RetryProbe probe;

    static final Map<String, String> PROBE_RETRIES = Map.of("channel", "retry-probe", "topic", RetryProbe.TOPIC);

    @Test
    void aRecordFailingTransientlyTwiceThenSucceedingIsNotDeadLetteredAndItsRetriesAreCounted() {
        double retries = scrape().counted("schaalsprong_events_retries_total", PROBE_RETRIES);
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
        assertEquals(retries + 2, scrape().counted("schaalsprong_events_retries_total", PROBE_RETRIES),
                "two retries, the poison record none (the tests of this class run one after the other)");
    }

    @Test
    void aPoisonRecordIsDeadLetteredAtOnce() {
        String poison = "poison:" + UUID.randomUUID();
        KafkaTopics.send(RetryProbe.TOPIC, poison, poison);

        await().atMost(PATIENCE).until(() -> deadLettered(poison));
        assertEquals(1, probe.tries(poison), "not retried");
    }

    @Test
    void theRetryCounterOfEveryDeadLetteringChannelIsThereFromTheStart() {
        ScrapedMetrics metrics = scrape();
        for (Map<String, String> channel : List.of(PROBE_RETRIES,
                Map.of("channel", "lesson-events", "topic", LessonTaggedFlowTest.LESSONS))) {
            assertFalse(Double.isNaN(metrics.value("schaalsprong_events_retries_total", channel)), "series " + channel);
        }
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
