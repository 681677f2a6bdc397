package nl.schaalsprong.local.run;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product's whole path over the running suite: three packaged services as separate processes, a real Kafka
 * broker and a real PostgreSQL. A lesson tagged in a proeftuin buurt becomes suggested verifications in the buurten
 * typology-service ranks as most comparable, and a redelivered event changes nothing.
 */
class EndToEndIT {

    private static final String PROEFTUIN_BUURT = DemoLesson.ORIGIN; // Paddepoel-Zuid, Groningen
    private static final int SUGGESTIONS_PER_LESSON = SuiteClient.SUGGESTIONS_PER_LESSON;
    /** verification-service's schaalsprong.verification.suggestions.candidates-per-target. */
    private static final int CANDIDATES_PER_SUGGESTION = 5;

    private static LocalSuite suite;
    private static SuiteClient client;
    /** Where the suite's services export their spans (for the trace test; the other tests ignore it). */
    private static OtlpTraceReceiver traces;

    @BeforeAll
    static void startSuite() {
        traces = new OtlpTraceReceiver();
        suite = LocalSuite.start(SuiteSettings.forTests(SuiteSettings.locateRoot())
                .withServiceConfig(traces.serviceConfig()));
        client = new SuiteClient(suite);
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
        if (traces != null) {
            traces.close();
        }
    }

    private static String recordAndTagLesson(String tag) {
        return client.recordAndTagLesson(tag);
    }

    private static List<String> suggestedBuurten(String lessonId) {
        return client.suggestedBuurten(lessonId);
    }

    @Test
    void aTaggedLessonBecomesSuggestedVerificationsInTheMostComparableBuurten() {
        String lessonId = recordAndTagLesson("participatie/keukentafelgesprekken");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> suggestedBuurten(lessonId).size() == SUGGESTIONS_PER_LESSON);

        // The local run publishes a typology on the default basis at start, so verification-service spreads its
        // suggestions over types: they are chosen from the candidates it asks typology for (5 per suggestion, the
        // most comparable first), no longer simply the ten most comparable.
        List<String> ranked = given().baseUri(suite.typology().url())
                .queryParam("limit", CANDIDATES_PER_SUGGESTION * SUGGESTIONS_PER_LESSON)
                .when().get("/api/v1/neighbourhoods/" + PROEFTUIN_BUURT + "/comparable")
                .then().statusCode(200).body("basis", org.hamcrest.Matchers.equalTo("warmte-en-wonen"))
                .extract().jsonPath().getList("comparable.code", String.class);
        assertEquals(CANDIDATES_PER_SUGGESTION * SUGGESTIONS_PER_LESSON, ranked.size());
        assertFalse(ranked.contains(PROEFTUIN_BUURT), "the origin is never its own comparable buurt");
        List<String> suggested = suggestedBuurten(lessonId);
        assertTrue(ranked.containsAll(suggested),
                "suggestions are among the buurten typology-service ranks as most comparable: " + suggested);
        List<Object> types = given().baseUri(suite.verification().url())
                .queryParam("lessonId", lessonId).queryParam("size", 100)
                .when().get("/api/v1/verifications")
                .then().statusCode(200).extract().jsonPath().getList("items.targetType.number");
        assertTrue(types.stream().allMatch(java.util.Objects::nonNull), "every suggestion carries its target type");
        assertTrue(types.stream().distinct().count() > 1, "suggestions spread over types: " + types);
    }

    /**
     * Issue 10's pilot bias: the start marks the buurten of the known proeftuinen (the shipped proeftuinen file), so
     * the demo origin reads PROEFTUIN_STATUS ja and comparisons answer its sister buurt as a proeftuin.
     */
    @Test
    void theStartMarksTheKnownProeftuinenBuurten() {
        given().baseUri(suite.typology().url()).when().get("/api/v1/neighbourhoods/" + PROEFTUIN_BUURT)
                .then().statusCode(200).body("attributes.PROEFTUIN_STATUS.value", org.hamcrest.Matchers.equalTo("ja"));
        given().baseUri(suite.typology().url()).queryParam("among", "BU00141002") // Paddepoel-Noord
                .when().get("/api/v1/neighbourhoods/" + PROEFTUIN_BUURT + "/comparable")
                .then().statusCode(200).body("comparable.proeftuin", org.hamcrest.Matchers.equalTo(List.of(true)));
    }

    @Test
    void theSameEventDeliveredTwiceGivesNoDuplicateSuggestions() throws Exception {
        String lessonId = recordAndTagLesson("financiering/gebiedsfonds");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> suggestedBuurten(lessonId).size() == SUGGESTIONS_PER_LESSON);

        ConsumerRecord<String, String> original = lessonTaggedRecord(lessonId);
        RecordMetadata redelivered;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.stack().kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            redelivered = producer.send(new ProducerRecord<>(original.topic(), original.key(), original.value())).get();
        }
        awaitConsumedBeyond(redelivered);

        List<String> after = suggestedBuurten(lessonId);
        assertEquals(SUGGESTIONS_PER_LESSON, after.size(), "the redelivered event added nothing");
        assertEquals(after.size(), after.stream().distinct().count(), "no buurt is suggested twice");
    }

    /**
     * The loop the programme asks for: a gemeente accepts a suggested verification with a criterion fixed in
     * advance and concludes it; the outcome flows back over Kafka as evidence, in verification-service and in
     * lessons-service's read model of the lesson.
     */
    @Test
    void aConcludedVerificationReachesTheLessonAsEvidence() {
        String lessonId = recordAndTagLesson("techniek/hybride-warmtepomp");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> suggestedBuurten(lessonId).size() == SUGGESTIONS_PER_LESSON);
        String verificationId = client.mostComparableVerification(lessonId);
        client.concludeConfirmed(verificationId, DemoLesson.INDICATOR, 30, 42);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().baseUri(suite.lessons().url()).when().get("/api/v1/lessons/" + lessonId + "/evidence")
                        .then().statusCode(200).extract().jsonPath().getInt("counts.confirmed") == 1);
        given().baseUri(suite.lessons().url()).when().get("/api/v1/lessons/" + lessonId + "/evidence")
                .then().statusCode(200)
                .body("level", org.hamcrest.Matchers.equalTo("INDICATIVE"))
                .body("claimedLayer", org.hamcrest.Matchers.equalTo("MENU"))
                .body("chanceRisk.flagged", org.hamcrest.Matchers.equalTo(true))
                .body("records", org.hamcrest.Matchers.endsWith("/api/v1/evidence/lessons/" + lessonId));
        given().baseUri(suite.verification().url()).when().get("/api/v1/evidence/lessons/" + lessonId)
                .then().statusCode(200).body("level", org.hamcrest.Matchers.equalTo("INDICATIVE"));
    }

    /**
     * Issue 13's must-show: after the demo flow (the banner's lesson, tagged with the demo component) and one
     * verification concluded, the advice for a buurt comparable to the origin, of the type the lesson was confirmed
     * in, lists the demo component with its level, layer, chance flag, lesson and where it was confirmed.
     */
    @Test
    void theAdviceForABuurtComparableToTheOriginListsTheDemoComponent() {
        String component = "participatie/keukentafelgesprekken";
        String lessonId = recordAndTagLesson(component);
        client.awaitSuggestions(lessonId);
        String verificationId = client.mostComparableVerification(lessonId);
        client.concludeConfirmed(verificationId, DemoLesson.INDICATOR, 60, 75);
        var confirmed = given().baseUri(suite.verification().url()).when().get("/api/v1/verifications/" + verificationId)
                .then().statusCode(200).extract().jsonPath();
        String confirmedBuurt = confirmed.getString("targetBuurtCode");
        String type = confirmed.getString("targetType.label");
        // Another buurt comparable to the origin, of the type the lesson was confirmed in (else the confirmed one).
        List<Map<String, Object>> comparable = given().baseUri(suite.typology().url()).queryParam("limit", 100)
                .when().get("/api/v1/neighbourhoods/" + PROEFTUIN_BUURT + "/comparable")
                .then().statusCode(200).extract().jsonPath().getList("comparable");
        String area = comparable.stream()
                .filter(b -> b.get("type") instanceof Map<?, ?> t && type.equals(t.get("label")))
                .map(b -> (String) b.get("code")).filter(code -> !code.equals(confirmedBuurt)
                        && !suggestedBuurten(lessonId).contains(code))
                .findFirst().orElse(confirmedBuurt);

        String item = "items.find { it.tag == '" + component + "' }";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                given().baseUri(suite.verification().url()).queryParam("area", area).queryParam("theme", "participatie")
                        .queryParam("size", 50).when().get("/api/v1/advice").then().statusCode(200).extract()
                        .jsonPath().getInt(item + ".confirmationRate.confirmed") >= 1);
        given().baseUri(suite.verification().url()).queryParam("area", area).queryParam("theme", "participatie")
                .queryParam("size", 50).when().get("/api/v1/advice").then().statusCode(200)
                .body("area.code", org.hamcrest.Matchers.equalTo(area))
                .body("area.types", org.hamcrest.Matchers.hasItem(type))
                .body(item + ".level", org.hamcrest.Matchers.equalTo("INDICATIVE"))
                .body(item + ".levelReasons", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body(item + ".layerForThisType", org.hamcrest.Matchers.notNullValue())
                .body(item + ".layerReasons", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body(item + ".chanceRisk.flagged", org.hamcrest.Matchers.equalTo(true))
                .body(item + ".lessons.lessonId", org.hamcrest.Matchers.hasItem(lessonId))
                .body(item + ".lessons.title", org.hamcrest.Matchers.hasItem("Keukentafelgesprekken verhogen de deelname"))
                .body(item + ".lessons.recommendation",
                        org.hamcrest.Matchers.hasItem("Plan per straat een ronde gesprekken voor het aanbod."))
                .body(item + ".places.find { it.verificationId == '" + verificationId + "' }.outcome",
                        org.hamcrest.Matchers.equalTo("CONFIRMED"))
                .body(item + ".places.find { it.verificationId == '" + verificationId + "' }.inThisType",
                        org.hamcrest.Matchers.equalTo(true))
                .body(item + ".places.find { it.verificationId == '" + verificationId + "' }.buurtCode",
                        org.hamcrest.Matchers.equalTo(confirmedBuurt));
    }

    /**
     * Issue 15's trace: one tagging is one trace across the three services. The POST to lessons-service, its
     * LessonTagged event consumed by verification-service, the comparable buurten typology-service is asked for, and
     * the suggestions' events verification-service stores and relays all carry the tagging's trace id; and the
     * conclusion of one verification reaches lessons-service's evidence under the conclusion's trace.
     */
    @Test
    void oneTaggingIsOneTraceAcrossTheThreeServicesAndItsEvidenceComesBackTraced() {
        String tagging = randomTraceId();
        String lessonId = client.recordAndTagLesson("techniek/warmtenet", traceparent(tagging));
        client.awaitSuggestions(lessonId);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            List<OtlpTraceReceiver.ReceivedSpan> trace = traces.trace(tagging);
            assertTrue(has(trace, "lessons-service", SERVER, "/tags"), () -> "the POST of the tags: " + trace);
            assertTrue(has(trace, "lessons-service", PRODUCER, ""), () -> "LessonTagged relayed in the trace: " + trace);
            assertTrue(has(trace, "verification-service", CONSUMER, ""), () -> "LessonTagged consumed: " + trace);
            assertTrue(has(trace, "typology-service", SERVER, "comparable"), () -> "the comparable call: " + trace);
            assertTrue(has(trace, "verification-service", PRODUCER, ""),
                    () -> "the stored suggestions' events relayed in the trace: " + trace);
        });

        String conclusion = randomTraceId();
        String verificationId = client.mostComparableVerification(lessonId);
        client.concludeConfirmed(verificationId, DemoLesson.INDICATOR, 30, 42, traceparent(conclusion));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().baseUri(suite.lessons().url()).when().get("/api/v1/lessons/" + lessonId + "/evidence")
                        .then().statusCode(200).extract().jsonPath().getInt("counts.confirmed") == 1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            List<OtlpTraceReceiver.ReceivedSpan> trace = traces.trace(conclusion);
            assertTrue(has(trace, "verification-service", SERVER, "/conclude"), () -> "the conclusion: " + trace);
            assertTrue(has(trace, "lessons-service", CONSUMER, ""),
                    () -> "the evidence consumed by lessons-service in the conclusion's trace: " + trace);
        });
    }

    private static final int SERVER = 2;
    private static final int PRODUCER = 4;
    private static final int CONSUMER = 5;

    private static boolean has(List<OtlpTraceReceiver.ReceivedSpan> trace, String service, int kind, String name) {
        return trace.stream().anyMatch(span -> service.equals(span.service()) && span.kind() == kind
                && span.name() != null && span.name().contains(name));
    }

    private static String randomTraceId() {
        return java.util.UUID.randomUUID().toString().replace("-", ""); // 32 hex digits, as W3C writes a trace id
    }

    private static String traceparent(String traceId) {
        return "00-" + traceId + "-" + traceId.substring(0, 16) + "-01";
    }

    private static ConsumerRecord<String, String> lessonTaggedRecord(String lessonId) {
        return client.lessonTaggedRecord(lessonId);
    }

    /** Waits until verification-service's consumer group has committed past the redelivered record. */
    private static void awaitConsumedBeyond(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                suite.stack().kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin
                        .listConsumerGroupOffsets("verification-service").partitionsToOffsetAndMetadata().get();
                OffsetAndMetadata committed = offsets.get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }
}
