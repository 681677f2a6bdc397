package nl.schaalsprong.verification.messaging;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.verification.TypologyStub;
import nl.schaalsprong.verification.domain.PendingSuggestion;
import nl.schaalsprong.verification.domain.WaitingFor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.schaalsprong.verification.messaging.LessonTaggedFlowTest.LESSONS;
import static nl.schaalsprong.verification.messaging.LessonTaggedFlowTest.PATIENCE;
import static nl.schaalsprong.verification.messaging.LessonTaggedFlowTest.awaitVerifications;
import static nl.schaalsprong.verification.messaging.LessonTaggedFlowTest.pending;
import static nl.schaalsprong.verification.messaging.LessonTaggedFlowTest.typology;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lesson whose origin lacks figures waits for typology-service to say they came, over the real broker: its
 * NeighbourhoodChanged for a buurt of the origin's gemeente, or a published basis, and not a recheck every few
 * minutes (schaalsprong.verification.suggestions.pending.figures-recheck is an hour here, as in production).
 */
@QuarkusTest
class WaitingForFiguresFlowTest {

    /** Another buurt of the gemeente of {@link TypologyStub#LACKING} (GM0014). */
    static final String SAME_GEMEENTE = "BU00140300";
    static final String OTHER_GEMEENTE = "BU03630105";
    static final String TYPOLOGY_DLQ = "schaalsprong.typology.dlq";

    @Test
    void theImportOfFiguresInItsGemeenteServesAWaitingLessonAtOnceAndAChangeElsewhereDoesNot() throws Exception {
        UUID lesson = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        PendingSuggestion waiting = parkedForFigures(lesson, eventId);
        OffsetDateTime recheck = waiting.nextAttemptAt;
        assertTrue(recheck.isAfter(OffsetDateTime.now().plusMinutes(50)), "asked again in an hour: " + recheck);

        typology("/complete/" + TypologyStub.LACKING);
        try {
            // Claimed means handled: the claim and the waking share one transaction.
            String elsewhere = TypologyEvents.newId();
            KafkaTopics.send(TypologyEvents.TOPIC, OTHER_GEMEENTE,
                    TypologyEvents.neighbourhoodChanged(elsewhere, OTHER_GEMEENTE));
            await().atMost(PATIENCE).until(() -> claimed(elsewhere));
            assertEquals(recheck, pending(lesson).orElseThrow().nextAttemptAt, "a change in another gemeente");

            KafkaTopics.send(TypologyEvents.TOPIC, SAME_GEMEENTE,
                    TypologyEvents.neighbourhoodChanged(TypologyEvents.newId(), SAME_GEMEENTE));
            awaitVerifications(lesson, 3)
                    .body("items.targetBuurtCode", containsInAnyOrder("BU03630105", "BU07720305", "BU03440201"))
                    .body("items.sourceEventId", everyItem(equalTo(eventId)));
            await().atMost(PATIENCE).untilAsserted(() -> assertTrue(pending(lesson).isEmpty(), "no longer waiting"));
            given().queryParam("lessonId", lesson.toString()).when().get("/api/v1/verifications/counts")
                    .then().statusCode(200).body("suggestionsWaiting", nullValue());
        } finally {
            typology("/lacking/" + TypologyStub.LACKING);
        }
    }

    @Test
    void aChangeThatDoesNotBringTheFiguresAsksOnceMoreAndTheLessonWaitsOn() throws Exception {
        UUID lesson = UUID.randomUUID();
        int attempts = parkedForFigures(lesson, UUID.randomUUID().toString()).attempts;

        String changed = TypologyEvents.newId();
        KafkaTopics.send(TypologyEvents.TOPIC, TypologyStub.LACKING,
                TypologyEvents.neighbourhoodChanged(changed, TypologyStub.LACKING));
        await().atMost(PATIENCE).until(() -> pending(lesson).orElseThrow().attempts > attempts);
        PendingSuggestion still = pending(lesson).orElseThrow();
        assertEquals(WaitingFor.ORIGIN_DATA, still.waitingFor);
        assertTrue(still.nextAttemptAt.isAfter(OffsetDateTime.now().plusMinutes(50)), "and an hour again");

        // The same event again (a redelivery) is claimed already: it wakes nothing.
        KafkaTopics.send(TypologyEvents.TOPIC, TypologyStub.LACKING,
                TypologyEvents.neighbourhoodChanged(changed, TypologyStub.LACKING));
        String marker = TypologyEvents.newId();
        KafkaTopics.send(TypologyEvents.TOPIC, TypologyStub.LACKING,
                TypologyEvents.neighbourhoodChanged(marker, OTHER_GEMEENTE));
        await().atMost(PATIENCE).until(() -> claimed(marker));
        assertEquals(still.nextAttemptAt, pending(lesson).orElseThrow().nextAttemptAt, "a redelivery wakes nothing");
    }

    @Test
    void aPublishedBasisAsksAgainForEveryLessonWaitingForFigures() throws Exception {
        UUID lesson = UUID.randomUUID();
        parkedForFigures(lesson, UUID.randomUUID().toString());

        typology("/complete/" + TypologyStub.LACKING);
        try {
            KafkaTopics.send(TypologyEvents.TOPIC, "warmte-en-wonen",
                    TypologyEvents.basisPublished(TypologyEvents.newId(), "warmte-en-wonen"));
            awaitVerifications(lesson, 3);
            await().atMost(PATIENCE).untilAsserted(() -> assertTrue(pending(lesson).isEmpty(), "no longer waiting"));
        } finally {
            typology("/lacking/" + TypologyStub.LACKING);
        }
    }

    /**
     * What is no CloudEvent, and a NeighbourhoodChanged naming no buurt, go to typology's dead-letter topic with
     * their reason, and the events after them are still handled.
     */
    @Test
    void poisonOnTypologysTopicIsADeadLetterAndTheConsumerKeepsWorking() {
        String notAnEvent = UUID.randomUUID().toString();
        KafkaTopics.send(TypologyEvents.TOPIC, notAnEvent, "this is not a CloudEvent");
        String noBuurt = UUID.randomUUID().toString();
        KafkaTopics.send(TypologyEvents.TOPIC, noBuurt, TypologyEvents.neighbourhoodChanged(TypologyEvents.newId(),
                "not-a-buurt"));
        String after = TypologyEvents.newId();
        KafkaTopics.send(TypologyEvents.TOPIC, SAME_GEMEENTE, TypologyEvents.neighbourhoodChanged(after, SAME_GEMEENTE));

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = KafkaTopics.records(TYPOLOGY_DLQ);
            for (String key : List.of(notAnEvent, noBuurt)) {
                ConsumerRecord<String, String> letter = dead.stream().filter(r -> key.equals(r.key())).findFirst()
                        .orElseThrow(() -> new AssertionError("no dead letter with key " + key + " yet"));
                assertTrue(letter.headers().lastHeader("dead-letter-reason") != null, "the failure travels along");
            }
        });
        await().atMost(PATIENCE).until(() -> claimed(after));
        assertTrue(KafkaTopics.records(TYPOLOGY_DLQ).stream().noneMatch(r -> r.value().contains(after)),
                "the good event is no dead letter");
    }

    /** Tags a lesson learned in {@link TypologyStub#LACKING} and waits until it is parked for its figures. */
    private static PendingSuggestion parkedForFigures(UUID lesson, String eventId) {
        KafkaTopics.send(LESSONS, lesson.toString(),
                LessonEvents.lessonTagged(eventId, lesson, List.of(TypologyStub.LACKING)));
        await().atMost(PATIENCE).untilAsserted(() -> assertTrue(pending(lesson).isPresent(), "waiting"));
        PendingSuggestion waiting = pending(lesson).orElseThrow();
        assertEquals(WaitingFor.ORIGIN_DATA, waiting.waitingFor);
        return waiting;
    }

    private static boolean claimed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from processed_event where consumer = :consumer and event_id = :id")
                .setParameter("consumer", TypologyEventsConsumer.FIGURES).setParameter("id", eventId)
                .getSingleResult()).intValue() == 1);
    }
}
