package nl.schaalsprong.verification.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.local.ScrapedMetrics;
import nl.schaalsprong.platform.config.EventsConfig;
import nl.schaalsprong.platform.events.EventType;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.platform.outbox.OutboxLease;
import nl.schaalsprong.verification.TypologyStub;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * The business metrics on /q/metrics move with what happens: the outbox backlog and its age while another replica
 * holds the relay's lease, and what it published (parking: OutboxRelayGuaranteesTest); dead letters, dropped redeliveries, suggestions per tagging and
 * parked lessons; and every name deploy/observability/metrics.txt promises for this service is exposed.
 */
@QuarkusTest
class BusinessMetricsTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Its own topic and type: nobody consumes what this test relays. */
    static final EventType WAITING = new EventType("nl.schaalsprong.metrics-test.waiting.v1",
            "schaalsprong.metrics-test", null);

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @Inject
    EventsConfig config;

    @Test
    void theBacklogAndItsAgeGrowWhileAnotherReplicaHoldsTheLeaseAndFallOnceItIsPublished() throws Exception {
        Map<String, String> ofType = Map.of("type", WAITING.type());
        double published = scrape().counted("schaalsprong_outbox_published_total", ofType);

        // A session holding the relay's lease stands for a replica stuck mid-batch: nothing is published meanwhile.
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lease = otherReplica.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lease.setLong(1, OutboxLease.keyOf(config.source()));
                lease.execute();
            }
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.append(WAITING, UUID.randomUUID().toString(), Map.of("filler", "x")));
            await().atMost(PATIENCE).untilAsserted(() -> {
                ScrapedMetrics metrics = scrape();
                assertTrue(metrics.value("schaalsprong_outbox_pending") >= 1, "pending");
                assertTrue(metrics.value("schaalsprong_outbox_oldest_pending_age_seconds") >= 1, "waited");
            });
            assertEquals(published, scrape().counted("schaalsprong_outbox_published_total", ofType),
                    "nothing published");
            otherReplica.rollback();
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
}
