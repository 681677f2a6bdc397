package nl.schaalsprong.verification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.verification.TypologyStub;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer end to end inside this service: a record on the real broker, typology over HTTP, verifications
 * in the real database, events out through the outbox, poison to the dead-letter topic.
 */
@QuarkusTest
class LessonTaggedFlowTest {

    static final String LESSONS = "schaalsprong.lessons";
    static final String DLQ = "schaalsprong.lessons.dlq";
    static final String VERIFICATIONS = "schaalsprong.verifications";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aTaggedLessonIsSuggestedInTheMostComparableBuurtenOtherThanItsOrigin() {
        UUID lesson = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaTopics.send(LESSONS, lesson.toString(), LessonEvents.lessonTagged(eventId, lesson, List.of(TypologyStub.ORIGIN)));

        // K = 3 in tests; the origin ranks first at typology and is left out; ties in similarity go by code.
        awaitVerifications(lesson, 3)
                .body("items.targetBuurtCode", contains("BU03630105", "BU03440201", "BU05990101"))
                .body("items.targetGemeenteCode", contains("GM0363", "GM0344", "GM0599"))
                .body("items.targetBuurtName", contains("Kinkerbuurt", "Lombok-Oost", "Oude Westen"))
                .body("items.similarity", contains(0.93f, 0.88f, 0.88f))
                .body("items.status", everyItem(equalTo("SUGGESTED")))
                .body("items.sourceEventId", everyItem(equalTo(eventId)));

        String first = verifications(lesson).extract().path("items[0].id");
        given().when().get("/api/v1/verifications/" + first)
                .then().statusCode(200).body("lessonId", equalTo(lesson.toString()))
                .body("targetBuurtCode", equalTo("BU03630105"));

        // One VerificationSuggested per new verification, keyed by verification id, relayed from the outbox.
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> suggested = KafkaTopics.records(VERIFICATIONS).stream()
                    .filter(r -> r.value().contains(lesson.toString())).toList();
            assertEquals(3, suggested.size());
            for (ConsumerRecord<String, String> record : suggested) {
                JsonPath event = JsonPath.from(record.value());
                assertEquals("nl.schaalsprong.verification.suggested.v1", event.getString("type"));
                assertEquals("/schaalsprong/verification-service", event.getString("source"));
                assertEquals(record.key(), event.getString("subject"));
                assertEquals(record.key(), event.getString("data.verificationId"));
                assertEquals(lesson.toString(), event.getString("data.lessonId"));
            }
        });
    }

    @Test
    void aLessonFromSeveralBuurtenExcludesAllOfThemAndCountsEachTargetOnceAtItsBestSimilarity() {
        UUID lesson = UUID.randomUUID();
        KafkaTopics.send(LESSONS, lesson.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson,
                List.of(TypologyStub.ORIGIN, TypologyStub.OTHER_ORIGIN)));

        awaitVerifications(lesson, 3)
                .body("items.targetBuurtCode", contains("BU07720305", "BU03630105", "BU03440201"))
                .body("items.similarity", contains(0.95f, 0.93f, 0.88f));
    }

    @Test
    void theSameEventDeliveredTwiceSuggestsOnce() {
        UUID lesson = UUID.randomUUID();
        String event = LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.ORIGIN));
        KafkaTopics.send(LESSONS, lesson.toString(), event);
        List<String> ids = awaitVerifications(lesson, 3).extract().path("items.id");

        KafkaTopics.send(LESSONS, lesson.toString(), event);
        // Same key, same partition, processed in order: once the marker lesson is done, so is the redelivery.
        UUID marker = UUID.randomUUID();
        KafkaTopics.send(LESSONS, lesson.toString(),
                LessonEvents.lessonTagged(UUID.randomUUID().toString(), marker, List.of(TypologyStub.ORIGIN)));
        awaitVerifications(marker, 3);

        verifications(lesson).body("total", equalTo(3)).body("items.id", equalTo(ids));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheConsumerKeepsWorking() {
        String key = UUID.randomUUID().toString();
        KafkaTopics.send(LESSONS, key, "this is not a CloudEvent");
        awaitDeadLetter(key, "this is not a CloudEvent");

        UUID lesson = UUID.randomUUID();
        KafkaTopics.send(LESSONS, lesson.toString(),
                LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.ORIGIN)));
        awaitVerifications(lesson, 3);
    }

    @Test
    void aTaggedLessonWhoseDataDoesNotFitIsADeadLetter() {
        String key = UUID.randomUUID().toString();
        String event = LessonEvents.envelope(UUID.randomUUID().toString(), "nl.schaalsprong.lesson.tagged.v1",
                UUID.fromString(key), "{\"lessonId\":\"not-a-uuid\",\"originBuurtCodes\":[\"BU00140000\"]}");
        KafkaTopics.send(LESSONS, key, event);
        awaitDeadLetter(key, event);
    }

    @Test
    void anotherKindOfLessonEventIsIgnoredNotDeadLettered() {
        UUID lesson = UUID.randomUUID();
        String otherId = UUID.randomUUID().toString();
        KafkaTopics.send(LESSONS, lesson.toString(), LessonEvents.envelope(otherId,
                "nl.schaalsprong.lesson.recorded.v1", lesson, "{\"lessonId\":\"" + lesson + "\"}"));
        KafkaTopics.send(LESSONS, lesson.toString(),
                LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.ORIGIN)));

        // Same partition, in order: the tagged event was handled after the other one.
        awaitVerifications(lesson, 3);
        assertTrue(KafkaTopics.records(DLQ).stream().noneMatch(r -> r.value().contains(otherId)));
    }

    @Test
    void whileTypologyIsDownTheEventIsRetriedThenNotAcknowledgedButDeadLettered() throws Exception {
        UUID lesson = UUID.randomUUID();
        String event = LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.DOWN));
        KafkaTopics.send(LESSONS, lesson.toString(), event);

        awaitDeadLetter(lesson.toString(), event);
        assertEquals(4, typologyCalls(TypologyStub.DOWN), "one call and three retries");
        verifications(lesson).body("total", equalTo(0));
    }

    private static void awaitDeadLetter(String key, String value) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            Optional<ConsumerRecord<String, String>> found = KafkaTopics.records(DLQ).stream()
                    .filter(r -> key.equals(r.key())).findFirst();
            assertTrue(found.isPresent(), "no dead letter with key " + key + " yet");
            ConsumerRecord<String, String> dead = found.get();
            assertEquals(value, dead.value());
            assertTrue(dead.headers().lastHeader("dead-letter-reason") != null, "the failure travels along");
        });
    }

    private static ValidatableResponse awaitVerifications(UUID lesson, int expected) {
        await().atMost(PATIENCE).untilAsserted(() -> verifications(lesson).body("total", equalTo(expected)));
        return verifications(lesson);
    }

    private static ValidatableResponse verifications(UUID lesson) {
        return given().queryParam("lessonId", lesson.toString())
                .when().get("/api/v1/verifications")
                .then().statusCode(200);
    }

    private static int typologyCalls(String code) throws Exception {
        String base = ConfigProvider.getConfig().getValue("quarkus.rest-client.typology.url", String.class);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/calls/" + code)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return Integer.parseInt(response.body());
    }
}
