package nl.schaalsprong.verification.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.verification.TypologyStub;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.schaalsprong.local.ScrapedMetrics.scrape;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A LessonTagged older than the tagging verification holds cannot roll the lesson back (issue 15): over the real
 * Kafka, a newer tagging then an older one of the same lesson; the older is claimed, counted and ignored.
 */
@QuarkusTest
class StaleLessonTaggedTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    EntityManager entityManager;

    @Test
    void anOlderTaggingArrivingAfterANewerOneLeavesTheNewerTags() {
        Map<String, String> suggestions = Map.of("consumer", "suggestions");
        double stale = scrape().counted("schaalsprong_events_stale_total", suggestions);
        UUID lesson = UUID.randomUUID();
        List<String> newer = List.of("participatie/keukentafelgesprekken", "participatie/buurtcoaches");
        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(), LessonEvents.lessonTagged(
                UUID.randomUUID().toString(), lesson, List.of(TypologyStub.ORIGIN), newer, "2026-11-28T12:00:00Z", ""));
        String olderEvent = UUID.randomUUID().toString();
        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(), LessonEvents.lessonTagged(olderEvent, lesson,
                List.of(TypologyStub.ORIGIN), List.of("energie/warmtescan"), "2026-11-28T09:00:00Z", ""));

        await().atMost(PATIENCE).until(() -> claimed(olderEvent));
        assertEquals(newer.stream().sorted().toList(), tags(lesson), "the newer tagging's tags stay");
        assertEquals(OffsetDateTime.parse("2026-11-28T12:00:00Z").toInstant(), taggedAt(lesson).toInstant());
        assertEquals(stale + 1, scrape().counted("schaalsprong_events_stale_total", suggestions));
    }

    private boolean claimed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                        "select 1 from processed_event where consumer = 'suggestions' and event_id = :id")
                .setParameter("id", eventId).getResultList().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private List<String> tags(UUID lesson) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select tag from lesson_tag where lesson_id = :lesson order by tag")
                .setParameter("lesson", lesson).getResultList());
    }

    private OffsetDateTime taggedAt(UUID lesson) {
        return QuarkusTransaction.requiringNew().call(() -> (OffsetDateTime) entityManager.createNativeQuery(
                        "select tagged_at from lesson where id = :lesson", OffsetDateTime.class)
                .setParameter("lesson", lesson).getSingleResult());
    }
}
