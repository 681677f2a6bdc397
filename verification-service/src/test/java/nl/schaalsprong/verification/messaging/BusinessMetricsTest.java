package nl.schaalsprong.verification.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.local.ScrapedMetrics;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.CloudEventCodec;
import nl.schaalsprong.platform.events.EventType;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.verification.TypologyStub;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static nl.schaalsprong.local.ScrapedMetrics.scrape;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The business metrics on /q/metrics move with what happens: the outbox backlog and its age while the broker refuses
 * a row, the relay's failures and what it published; dead letters, dropped redeliveries, suggestions per tagging and
 * parked lessons; and every name deploy/observability/metrics.txt promises for this service is exposed.
 */
@QuarkusTest
class BusinessMetricsTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Its own topic and type: nobody consumes what this test relays. */
    static final EventType OVERSIZED = new EventType("nl.schaalsprong.metrics-test.oversized.v1",
            "schaalsprong.metrics-test", null);

    @Inject
    Outbox outbox;

    @Inject
    CloudEventCodec codec;

    @Inject
    EntityManager entityManager;

    @Test
    void theBacklogAndItsAgeGrowWhileTheBrokerRefusesARowAndFallOnceItIsPublished() {
        double failures = scrape().counted("schaalsprong_outbox_relay_failures_total", Map.of());
        Map<String, String> ofType = Map.of("type", OVERSIZED.type());
        double published = scrape().counted("schaalsprong_outbox_published_total", ofType);

        // Over the producer's max.request.size (1 MB): the broker never gets it, the relay fails and retries.
        CloudEvent refused = QuarkusTransaction.requiringNew().call(() ->
                outbox.append(OVERSIZED, UUID.randomUUID().toString(), Map.of("filler", "x".repeat(1_100_000))));
        try {
            await().atMost(PATIENCE).untilAsserted(() -> {
                ScrapedMetrics metrics = scrape();
                assertTrue(metrics.value("schaalsprong_outbox_pending") >= 1, "pending");
                assertTrue(metrics.value("schaalsprong_outbox_oldest_pending_age_seconds") >= 1, "waited");
                assertTrue(metrics.value("schaalsprong_outbox_relay_failures_total") > failures, "relay failed");
            });
            assertEquals(published, scrape().counted("schaalsprong_outbox_published_total", ofType),
                    "nothing published");
        } finally {
            shrink(refused);
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            ScrapedMetrics metrics = scrape();
            assertEquals(0, metrics.value("schaalsprong_outbox_pending"), "backlog drained");
            assertEquals(0, metrics.value("schaalsprong_outbox_oldest_pending_age_seconds"), "nothing waits");
            assertEquals(published + 1, metrics.counted("schaalsprong_outbox_published_total", ofType));
        });
    }

    @Test
    void aPoisonRecordCountsAsADeadLetterOfItsTopic() {
        Map<String, String> lessonsDlq = Map.of("topic", LessonTaggedFlowTest.DLQ, "channel", "lesson-events");
        double before = scrape().counted("schaalsprong_events_dead_letters_total", lessonsDlq);

        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, UUID.randomUUID().toString(), "not a CloudEvent either");

        await().atMost(PATIENCE).untilAsserted(() ->
                assertEquals(before + 1, scrape().counted("schaalsprong_events_dead_letters_total", lessonsDlq)));
    }

    @Test
    void aServedTaggingIsSummarisedWithItsSuggestionsAndItsRedeliveryCountsAsADuplicate() {
        Map<String, String> suggestions = Map.of("consumer", "suggestions");
        double duplicates = scrape().counted("schaalsprong_events_duplicates_total", suggestions);
        double taggings = scrape().counted("schaalsprong_suggestions_per_tag_count", Map.of());
        double suggested = scrape().counted("schaalsprong_suggestions_per_tag_sum", Map.of());
        UUID lesson = UUID.randomUUID();
        String event = LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.ORIGIN));

        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(), event);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertEquals(taggings + 1, scrape().counted("schaalsprong_suggestions_per_tag_count", Map.of()));
            assertEquals(suggested + 3, scrape().counted("schaalsprong_suggestions_per_tag_sum", Map.of()),
                    "K = 3 in tests");
        });

        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(), event);
        await().atMost(PATIENCE).untilAsserted(() ->
                assertEquals(duplicates + 1, scrape().counted("schaalsprong_events_duplicates_total", suggestions)));
        assertEquals(taggings + 1, scrape().counted("schaalsprong_suggestions_per_tag_count", Map.of()), "served once");
    }

    @Test
    void aLessonParkedWhileTypologyIsDownIsCountedUntilItIsServed() throws Exception {
        UUID lesson = UUID.randomUUID();
        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(),
                LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.DOWN)));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertTrue(scrape().value("schaalsprong_suggestions_parked") >= 1, "parked"));

        LessonTaggedFlowTest.typology("/up/" + TypologyStub.DOWN);
        try {
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertEquals(0, scrape().value("schaalsprong_suggestions_parked"), "served, none parked"));
        } finally {
            LessonTaggedFlowTest.typology("/down/" + TypologyStub.DOWN);
        }
    }

    /** By name alone; a counter appears on first use, so this test makes each move first. */
    @Test
    void everyMetricTheCataloguePromisesForThisServiceIsExposed() {
        UUID lesson = UUID.randomUUID();
        String event = LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.ORIGIN));
        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(), event);
        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(), event);
        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(), "poison for the catalogue");
        Set<String> promised = new TreeSet<>(ScrapedMetrics.catalogue("verification-service"));
        promised.addAll(ScrapedMetrics.catalogue("all"));
        assertTrue(promised.contains("schaalsprong_suggestions_parked") && promised.contains(
                "kafka_consumer_fetch_manager_records_lag_max"), "the catalogue lists " + promised);

        await().atMost(PATIENCE).untilAsserted(() -> {
            Set<String> missing = new TreeSet<>(promised);
            missing.removeAll(scrape().names());
            assertEquals(Set.of(), missing, "promised in metrics.txt, not on /q/metrics");
        });
    }

    /** Puts a small payload in the refused row, as an operator would after fixing its producer, so it can go. */
    private void shrink(CloudEvent refused) {
        CloudEvent small = new CloudEvent(refused.specversion(), refused.id(), refused.type(), refused.source(),
                refused.time(), refused.subject(), refused.datacontenttype(), refused.dataschema(),
                codec.mapper().valueToTree(Map.of("filler", "x")));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update outbox_event set payload = :payload where event_id = :id")
                .setParameter("payload", codec.write(small)).setParameter("id", UUID.fromString(refused.id()))
                .executeUpdate());
    }
}
