package nl.schaalsprong.verification.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.verification.AreaStub;
import nl.schaalsprong.verification.TypologyStub;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.Lesson;
import nl.schaalsprong.verification.domain.PendingSuggestion;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.WaitingFor;
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
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer end to end inside this service: a record on the real broker, typology over HTTP, verifications
 * in the real database, events out through the outbox, poison to the dead-letter topic, a typology outage waited
 * out.
 */
@QuarkusTest
class LessonTaggedFlowTest {

    static final String LESSONS = "schaalsprong.lessons";
    static final String DLQ = "schaalsprong.lessons.dlq";
    static final String SUGGESTIONS = "schaalsprong.verification-suggestions";
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
            List<ConsumerRecord<String, String>> suggested = KafkaTopics.records(SUGGESTIONS).stream()
                    .filter(r -> r.value().contains(lesson.toString())).toList();
            assertEquals(3, suggested.size());
            for (ConsumerRecord<String, String> record : suggested) {
                JsonPath event = JsonPath.from(record.value());
                assertEquals("nl.schaalsprong.verification.suggested.v2", event.getString("type"));
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
    void theSameEventDeliveredTwiceSuggestsOnce() throws Exception {
        UUID lesson = UUID.randomUUID();
        String event = LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.ORIGIN));
        KafkaTopics.send(LESSONS, lesson.toString(), event);
        List<String> ids = awaitVerifications(lesson, 3).extract().path("items.id");

        int asked = typologyCalls(TypologyStub.ORIGIN);
        KafkaTopics.send(LESSONS, lesson.toString(), event);
        // Same key, same partition, processed in order: once the marker lesson is done, so is the redelivery.
        UUID marker = UUID.randomUUID();
        KafkaTopics.send(LESSONS, lesson.toString(),
                LessonEvents.lessonTagged(UUID.randomUUID().toString(), marker, List.of(TypologyStub.OTHER_ORIGIN)));
        awaitVerifications(marker, 3);

        verifications(lesson).body("total", equalTo(3)).body("items.id", equalTo(ids));
        // The redelivery was dropped before typology was asked anything about its origin.
        assertEquals(asked, typologyCalls(TypologyStub.ORIGIN));
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
    void whileTypologyIsDownTheLessonWaitsAndIsServedOnceTypologyIsBack() throws Exception {
        UUID lesson = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = LessonEvents.lessonTagged(eventId, lesson, List.of(TypologyStub.DOWN));
        KafkaTopics.send(LESSONS, lesson.toString(), event);

        // Parked in the same transaction as the claim; the retry job keeps asking, with backoff.
        await().atMost(PATIENCE).untilAsserted(() -> assertTrue(pending(lesson).isPresent(), "parked"));
        await().atMost(PATIENCE).untilAsserted(() -> assertTrue(pending(lesson).orElseThrow().attempts >= 2,
                "retried by the job"));
        assertTrue(typologyCalls(TypologyStub.DOWN) >= 4, "asked, and retried");
        verifications(lesson).body("total", equalTo(0));
        assertTrue(KafkaTopics.records(DLQ).stream().noneMatch(r -> lesson.toString().equals(r.key())),
                "an outage is no reason for a dead letter");

        typology("/up/" + TypologyStub.DOWN);
        try {
            awaitVerifications(lesson, 3)
                    .body("items.targetBuurtCode", contains("BU03630105", "BU05990101", "BU03440201"))
                    .body("items.sourceEventId", everyItem(equalTo(eventId)));
            await().atMost(PATIENCE).untilAsserted(() -> assertTrue(pending(lesson).isEmpty(), "no longer pending"));
        } finally {
            typology("/down/" + TypologyStub.DOWN);
        }
    }

    @Test
    void aLessonWhoseOriginLacksFiguresWaitsForThemAndIsNoDeadLetter() throws Exception {
        UUID lesson = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaTopics.send(LESSONS, lesson.toString(),
                LessonEvents.lessonTagged(eventId, lesson, List.of(TypologyStub.LACKING)));

        // Handled: the lesson is recorded and waits in the claim's transaction, so no dead letter can follow.
        await().atMost(PATIENCE).untilAsserted(() -> assertTrue(pending(lesson).isPresent(), "waiting"));
        PendingSuggestion waiting = pending(lesson).orElseThrow();
        assertEquals(WaitingFor.ORIGIN_DATA, waiting.waitingFor);
        assertTrue(waiting.lastError.contains(TypologyStub.LACKING_DETAIL), "typology's words: " + waiting.lastError);
        assertTrue(stored(lesson).isPresent(), "the lesson is known, so its tags still pool evidence");
        assertTrue(KafkaTopics.records(DLQ).stream().noneMatch(r -> lesson.toString().equals(r.key())),
                "missing figures are no reason for a dead letter");
        given().queryParam("lessonId", lesson.toString()).when().get("/api/v1/verifications/counts")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("suggestionsWaiting.waitingFor", equalTo("ORIGIN_DATA"))
                .body("suggestionsWaiting.reason", containsString(TypologyStub.LACKING_DETAIL));

        // How typology's events serve it once the figures are there: WaitingForFiguresFlowTest.
    }

    @Test
    void aLessonFromSeveralBuurtenIsVerifiedFromThoseTypologyCanCompare() {
        UUID lesson = UUID.randomUUID();
        KafkaTopics.send(LESSONS, lesson.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson,
                List.of(TypologyStub.LACKING, TypologyStub.ORIGIN)));

        awaitVerifications(lesson, 3)
                .body("items.targetBuurtCode", contains("BU03630105", "BU03440201", "BU05990101"));
        assertTrue(pending(lesson).isEmpty(), "served at once from the origin that can be compared");
    }

    @Test
    void theSuggestionsSpreadOverTypesIncludeANonProeftuinBuurtAndKeepWhyTheyWereChosen() throws Exception {
        UUID lesson = UUID.randomUUID();
        KafkaTopics.send(LESSONS, lesson.toString(),
                LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.TYPED)));

        // Three of type 1 and one of type 2 rank highest, all proeftuinen (see TypologyStub.TYPED).
        awaitVerifications(lesson, 3)
                .body("items.targetBuurtCode", contains("BU03630201", "BU05990301", "BU07720401"))
                .body("items.targetType.number", contains(1, 2, 1))
                .body("items.targetType.typologyId", everyItem(equalTo(TypologyStub.TYPOLOGY_ID)))
                .body("items.targetProeftuin", contains(true, true, false))
                .body("items.basis.name", everyItem(equalTo("standaard")))
                .body("items.basis.version", everyItem(equalTo(1)))
                .body("items[0].comparison.STEDELIJKHEID.distance", equalTo(0.25f))
                .body("items[0].comparison.STEDELIJKHEID.contribution", equalTo(0.05f))
                .body("items[0].comparison.AANDEEL_65_PLUS.distance", equalTo(null))
                .body("items[0].comparison.AANDEEL_65_PLUS.contribution", equalTo(0f));
        // Typology was asked for candidates without contributions, then to explain the three chosen alone.
        List<String> asked = List.of(typology("/queries/" + TypologyStub.TYPED).split("\n"));
        assertEquals(2, asked.size(), "asked: " + asked);
        assertTrue(asked.get(0).contains("limit=") && !asked.get(0).contains("explain=true")
                && !asked.get(0).contains("among="), asked.get(0));
        assertTrue(asked.get(1).contains("explain=true") && asked.get(1).contains("basis=standaard")
                && asked.get(1).contains("basisVersion=1"), asked.get(1));
        assertEquals(Set.of("BU03630201", "BU05990301", "BU07720401"),
                Set.of(asked.get(1).replaceAll(".*among=([^&]*).*", "$1").split(",")));
    }

    @Test
    void theLessonIsStoredAsOfItsLatestTaggingAndALessonOnlyOnInstitutionaliseringGetsNoSuggestions() {
        UUID lesson = UUID.randomUUID();
        KafkaTopics.send(LESSONS, lesson.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson,
                List.of(TypologyStub.ORIGIN), """
                        ,"proeftuinId":"groningen-paddepoel","gemeenteCode":"GM0014","routes":["INSTITUTIONALISERING"],
                         "claimedLayer":"GENERIEK","experimentConditions":["EXTRA_FINANCIERING","VRIJSTELLING"],
                         "rightscaling":{"appliedAt":"BUURT","smallest":"STRAAT","largest":"WIJK"}"""));
        // Same key and partition: once the marker is served, the lesson before it was handled.
        KafkaTopics.send(LESSONS, lesson.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(),
                UUID.randomUUID(), List.of(TypologyStub.ORIGIN)));
        await().atMost(PATIENCE).untilAsserted(() -> assertTrue(stored(lesson).isPresent()));

        Lesson stored = stored(lesson).orElseThrow();
        assertEquals("groningen-paddepoel", stored.proeftuinId);
        assertEquals("GM0014", stored.gemeenteCode);
        assertEquals(List.of(TypologyStub.ORIGIN), stored.originBuurtCodes);
        assertEquals(List.of(Route.INSTITUTIONALISERING), stored.routes);
        assertEquals(Layer.GENERIEK, stored.claimedLayer);
        assertEquals(List.of(ExperimentCondition.EXTRA_FINANCIERING, ExperimentCondition.VRIJSTELLING),
                stored.experimentConditions);
        assertEquals("WIJK", stored.rightscaling.largest());
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).untilAsserted(() ->
                verifications(lesson).body("total", equalTo(0)));

        // Retagged onto a route that is verified per buurt: now it gets its suggestions, and the copy follows.
        KafkaTopics.send(LESSONS, lesson.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson,
                List.of(TypologyStub.ORIGIN), ",\"routes\":[\"INSTITUTIONALISERING\",\"REPLICATIE\"]"));
        awaitVerifications(lesson, 3);
        assertEquals(List.of(Route.REPLICATIE, Route.INSTITUTIONALISERING), stored(lesson).orElseThrow().routes);
        assertEquals(null, stored(lesson).orElseThrow().claimedLayer);
    }

    @Test
    void aGroeiLessonIsVerifiedInItsOwnGemeenteFirstThenElsewhere() throws Exception {
        // GROWING's 20 most comparable buurten lie elsewhere; two of its own gemeente (GM0014) rank far below.
        UUID growth = UUID.randomUUID();
        KafkaTopics.send(LESSONS, growth.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(), growth,
                List.of(TypologyStub.GROWING), ",\"gemeenteCode\":\"GM0014\",\"routes\":[\"GROEI\"]"));
        awaitVerifications(growth, 3)
                .body("items.targetBuurtCode", containsInAnyOrder("BU00140101", "BU00140102", "BU03630300"))
                .body("items.findAll { it.targetGemeenteCode == 'GM0014' }.size()", equalTo(2));
        assertTrue(List.of(typology("/queries/" + TypologyStub.GROWING).split("\n")).stream()
                .anyMatch(query -> query.contains("within=gemeente")), "typology was asked within the gemeente");

        // The same origin for a REPLICATIE lesson: the most similar, wherever they are.
        UUID copy = UUID.randomUUID();
        KafkaTopics.send(LESSONS, copy.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(), copy,
                List.of(TypologyStub.GROWING), ",\"gemeenteCode\":\"GM0014\",\"routes\":[\"REPLICATIE\"]"));
        awaitVerifications(copy, 3)
                .body("items.targetBuurtCode", contains("BU03630300", "BU03630301", "BU03630302"));
    }

    @Test
    void aCirculatieLessonIsVerifiedPerComponentAndAReplicatieLessonWhole() {
        List<String> components = List.of("participatie/keukentafelgesprekken", "warmte/wijkwarmtenet");
        UUID circulating = UUID.randomUUID();
        KafkaTopics.send(LESSONS, circulating.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(),
                circulating, List.of(TypologyStub.ORIGIN), components, ",\"routes\":[\"CIRCULATIE\"]"));
        // K = 3 over two components: spread evenly, the first by name twice.
        awaitVerifications(circulating, 3)
                .body("items.component", containsInAnyOrder("participatie/keukentafelgesprekken",
                        "participatie/keukentafelgesprekken", "warmte/wijkwarmtenet"));
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(3, KafkaTopics.records(SUGGESTIONS).stream()
                .filter(r -> r.value().contains(circulating.toString()))
                .filter(r -> JsonPath.from(r.value()).getString("data.component") != null).count()));

        UUID copied = UUID.randomUUID();
        KafkaTopics.send(LESSONS, copied.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(),
                copied, List.of(TypologyStub.ORIGIN), components, ",\"routes\":[\"CIRCULATIE\",\"REPLICATIE\"]"));
        awaitVerifications(copied, 3).body("items.component", everyItem(nullValue()));
    }

    @Test
    void aLessonOfWijkScaleIsVerifiedInComparableWijkenNeverInABuurt() {
        UUID lesson = UUID.randomUUID();
        KafkaTopics.send(LESSONS, lesson.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson,
                List.of(AreaStub.SCALED_ORIGIN), ",\"routes\":[\"REPLICATIE\"],\"rightscaling\":"
                        + "{\"appliedAt\":\"BUURT\",\"smallest\":\"WIJK\",\"largest\":\"GEMEENTE\"}"));
        // K = 3: the three wijken most comparable to the origin's wijk WK074105, as the stub ranks them.
        awaitVerifications(lesson, 3)
                .body("items.targetLevel", everyItem(equalTo("WIJK")))
                .body("items.targetAreaCode", contains("WK036303", "WK059902", "WK077201"))
                .body("items.targetBuurtCode", contains("WK036303", "WK059902", "WK077201"))
                .body("items.targetGemeenteCode", contains("GM0363", "GM0599", "GM0772"))
                .body("items.targetBuurtName", contains("Oost", "Delfshaven", "Woensel-Zuid"))
                .body("items.similarity", contains(0.91f, 0.86f, 0.80f))
                .body("items.targetProeftuin", contains(false, true, false))
                .body("items[0].comparison.STEDELIJKHEID.distance", equalTo(0.25f))
                .body("items[0].whyComparable.differsMostOn", contains("STEDELIJKHEID"))
                .body("items.status", everyItem(equalTo("SUGGESTED")));
        // Announced as v2, whose target says wijk; no buurt code, which v1 would have required.
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<JsonPath> suggested = KafkaTopics.records(SUGGESTIONS).stream()
                    .filter(r -> r.value().contains(lesson.toString())).map(r -> JsonPath.from(r.value())).toList();
            assertEquals(3, suggested.size());
            for (JsonPath event : suggested) {
                assertEquals("nl.schaalsprong.verification.suggested.v2", event.getString("type"));
                assertEquals("WIJK", event.getString("data.target.level"));
                assertTrue(event.getString("data.target.code").startsWith("WK"), event.prettify());
                assertEquals(null, event.getString("data.targetBuurtCode"));
            }
        });
    }

    @Test
    void aGroeiLessonOfWijkScaleIsVerifiedInAWijkOfItsOwnGemeenteFirst() throws Exception {
        UUID lesson = UUID.randomUUID();
        KafkaTopics.send(LESSONS, lesson.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson,
                List.of(AreaStub.SCALED_ORIGIN), ",\"gemeenteCode\":\"GM0741\",\"routes\":[\"GROEI\"],"
                        + "\"rightscaling\":{\"appliedAt\":\"WIJK\",\"smallest\":\"WIJK\",\"largest\":\"WIJK\"}"));
        awaitVerifications(lesson, 3)
                .body("items.targetAreaCode", containsInAnyOrder("WK074107", "WK036303", "WK059902"))
                .body("items.targetLevel", everyItem(equalTo("WIJK")));
    }

    @Test
    void aLessonOfGemeenteOrLargerScaleIsVerifiedInComparableGemeenten() {
        for (String smallest : List.of("GEMEENTE", "REGIO")) {
            UUID lesson = UUID.randomUUID();
            KafkaTopics.send(LESSONS, lesson.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson,
                    List.of(AreaStub.SCALED_ORIGIN), ",\"routes\":[\"GROEI\"],\"rightscaling\":"
                            + "{\"appliedAt\":\"GEMEENTE\",\"smallest\":\"" + smallest + "\",\"largest\":\"NATIONAAL\"}"));
            // The three most similar (GM0363, GM0599, GM0772) all hold a proeftuin: the third place goes to the most
            // similar gemeente without one, GM0344, so a success can be seen away from pilot conditions.
            awaitVerifications(lesson, 3)
                    .body("items.targetLevel", everyItem(equalTo("GEMEENTE")))
                    .body("items.targetAreaCode", contains("GM0363", "GM0599", "GM0344"))
                    .body("items.targetGemeenteCode", contains("GM0363", "GM0599", "GM0344"))
                    .body("items.targetBuurtCode", contains("GM0363", "GM0599", "GM0344"))
                    .body("items.targetBuurtName", contains("Amsterdam", "Rotterdam", "Utrecht"))
                    .body("items.targetProeftuin", contains(true, true, false));
        }
    }

    @Test
    void aLessonOfBuurtScaleIsVerifiedInBuurtenAsBefore() {
        UUID lesson = UUID.randomUUID();
        KafkaTopics.send(LESSONS, lesson.toString(), LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson,
                List.of(TypologyStub.ORIGIN), ",\"rightscaling\":"
                        + "{\"appliedAt\":\"BUURT\",\"smallest\":\"STRAAT\",\"largest\":\"GEMEENTE\"}"));
        awaitVerifications(lesson, 3)
                .body("items.targetLevel", everyItem(equalTo("BUURT")))
                .body("items.targetBuurtCode", contains("BU03630105", "BU03440201", "BU05990101"))
                .body("items.targetAreaCode", contains("BU03630105", "BU03440201", "BU05990101"));
    }

    static Optional<PendingSuggestion> pending(UUID lesson) {
        return QuarkusTransaction.requiringNew().call(() -> PendingSuggestion.<PendingSuggestion>findByIdOptional(lesson));
    }

    private static Optional<Lesson> stored(UUID lesson) {
        return QuarkusTransaction.requiringNew().call(() -> Lesson.<Lesson>findByIdOptional(lesson));
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

    static ValidatableResponse awaitVerifications(UUID lesson, int expected) {
        await().atMost(PATIENCE).untilAsserted(() -> verifications(lesson).body("total", equalTo(expected)));
        return verifications(lesson);
    }

    static ValidatableResponse verifications(UUID lesson) {
        return given().queryParam("lessonId", lesson.toString())
                .when().get("/api/v1/verifications")
                .then().statusCode(200);
    }

    private static int typologyCalls(String code) throws Exception {
        return Integer.parseInt(typology("/calls/" + code));
    }

    /** Talks to the typology stub's control paths: GET for /calls and /queries, POST for /up, /down, /lacking, /complete. */
    static String typology(String path) throws Exception {
        String base = ConfigProvider.getConfig().getValue("quarkus.rest-client.typology.url", String.class);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (!path.startsWith("/calls/") && !path.startsWith("/queries/")) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }
}
