package nl.schaalsprong.local.run;

import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the end-to-end tests do to a running suite as its users would: the demo flow and reading its results. */
final class SuiteClient {

    static final int SUGGESTIONS_PER_LESSON = 10;

    private final LocalSuite suite;
    private final String lessons;
    private final String verification;

    SuiteClient(LocalSuite suite) {
        this(suite, suite.lessons().url(), suite.verification().url());
    }

    /** The same client sending to other addresses for the services (PrismProxyIT: Prism's proxies in front of them). */
    SuiteClient(LocalSuite suite, String lessonsUrl, String verificationUrl) {
        this.suite = suite;
        this.lessons = lessonsUrl;
        this.verification = verificationUrl;
    }

    /** A contributor of the demo lesson's proeftuin, as the banner's token is. */
    String contributor() {
        return "Bearer " + suite.stack().tokens().token("e2e-contributor", Set.of("contributor"),
                List.of(DemoLesson.PROEFTUIN), List.of());
    }

    String steward() {
        return "Bearer " + suite.stack().tokens().token("e2e-steward", "steward");
    }

    /** Records the demo lesson, has it reviewed and published, and tags it: the banner's curl lines. */
    String recordAndTagLesson(String tag) {
        return recordAndTagLesson(tag, null);
    }

    /** As {@link #recordAndTagLesson(String)}, the tagging sent inside the caller's trace when {@code traceparent} is given. */
    String recordAndTagLesson(String tag, String traceparent) {
        return recordAndTagLesson(DemoLesson.BODY, tag, traceparent);
    }

    /** The demo lesson as if learnt in another buurt of its gemeente (its proeftuin's contributor records it). */
    String recordAndTagLessonIn(String buurt, String tag) {
        return recordAndTagLesson(DemoLesson.BODY.replace("\"" + DemoLesson.ORIGIN + "\"", "\"" + buurt + "\""), tag,
                null);
    }

    private String recordAndTagLesson(String body, String tag, String traceparent) {
        String id = given().baseUri(lessons).contentType(ContentType.JSON)
                .header("Authorization", contributor())
                .body(body)
                .when().post("/api/v1/lessons")
                .then().statusCode(201).extract().path("id");
        // Only a published lesson is tagged: a contributor submits it, a steward publishes the version reviewed.
        String reviewed = moveTo(id, "IN_REVIEW", contributor(), null);
        moveTo(id, "PUBLISHED", steward(), reviewed);
        var tagging = given().baseUri(lessons).contentType(ContentType.JSON).header("Authorization", contributor());
        if (traceparent != null) {
            tagging.header("traceparent", traceparent);
        }
        tagging.body("{\"tags\":[\"" + tag + "\"]}")
                .when().post("/api/v1/lessons/" + id + "/tags")
                .then().statusCode(200);
        return id;
    }

    /** @return the lesson's ETag after the move */
    private String moveTo(String lessonId, String status, String authorization, String ifMatch) {
        var request = given().baseUri(lessons).contentType(ContentType.JSON)
                .header("Authorization", authorization);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.body("{\"to\":\"" + status + "\"}")
                .when().post("/api/v1/lessons/" + lessonId + "/transitions")
                .then().statusCode(200).extract().header("ETag");
    }

    List<String> suggestedBuurten(String lessonId) {
        return given().baseUri(verification)
                .queryParam("lessonId", lessonId).queryParam("size", 100)
                .when().get("/api/v1/verifications")
                .then().statusCode(200).extract().jsonPath().getList("items.targetBuurtCode", String.class);
    }

    void awaitSuggestions(String lessonId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> suggestedBuurten(lessonId).size() == SUGGESTIONS_PER_LESSON);
    }

    /** The suggested verification of the lesson whose buurt is most comparable to the lesson's own. */
    String mostComparableVerification(String lessonId) {
        return given().baseUri(verification)
                .queryParam("lessonId", lessonId).queryParam("size", 1)
                .when().get("/api/v1/verifications")
                .then().statusCode(200).extract().path("items[0].id");
    }

    /**
     * A steward accepts the verification with one criterion fixed in advance and concludes it as met. The indicator
     * must be one the lesson names in its outcome (the demo lesson's is {@link DemoLesson#INDICATOR}).
     */
    void concludeConfirmed(String verificationId, String indicator, int threshold, int measured) {
        concludeConfirmed(verificationId, indicator, threshold, measured, null);
    }

    /** As above, the conclusion sent inside the caller's trace when {@code traceparent} is given. */
    void concludeConfirmed(String verificationId, String indicator, int threshold, int measured, String traceparent) {
        given().baseUri(verification).contentType(ContentType.JSON).header("Authorization", steward())
                .body("""
                        {"criteria":[{"indicator":"%s","comparison":"AT_LEAST",
                          "threshold":%d,"unit":"%%","measuredOn":"%s"}]}"""
                        // Half a year from today: pre-registered (measured after the acceptance) whenever it runs.
                        .formatted(indicator, threshold, LocalDate.now(ZoneOffset.UTC).plusMonths(6)))
                .when().post("/api/v1/verifications/" + verificationId + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        var conclusion = given().baseUri(verification).contentType(ContentType.JSON).header("Authorization", steward());
        if (traceparent != null) {
            conclusion.header("traceparent", traceparent);
        }
        conclusion.body("""
                        {"results":[{"indicator":"%s","measuredValue":%d}],
                         "adaptations":["voorlichting per bouwblok"],"conditionsPresent":[]}""".formatted(indicator, measured))
                .when().post("/api/v1/verifications/" + verificationId + "/conclude")
                .then().statusCode(200).body("outcome", equalTo("CONFIRMED"));
    }

    /** Reads back the LessonTagged CloudEvent that lessons-service published for this lesson. */
    ConsumerRecord<String, String> lessonTaggedRecord(String lessonId) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.stack().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("schaalsprong.lessons"));
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (lessonId.equals(record.key())) {
                        assertTrue(record.value().contains("\"type\":\"nl.schaalsprong.lesson.tagged.v1\""));
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no LessonTagged record keyed " + lessonId + " on schaalsprong.lessons");
    }
}
