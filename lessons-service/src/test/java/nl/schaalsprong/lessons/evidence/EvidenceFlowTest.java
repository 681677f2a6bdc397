package nl.schaalsprong.lessons.evidence;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.lessons.domain.Layer;
import nl.schaalsprong.lessons.search.Documents;
import nl.schaalsprong.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** verification-service's events on the real broker, into the evidence read model in the real database. */
@QuarkusTest
class EvidenceFlowTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void nothingArrivedIsOriginOnlyWithALinkToTheVerifications() {
        String lesson = UUID.randomUUID().toString();
        evidence(lesson).body("level", equalTo("ORIGIN_ONLY")).body("counts.confirmed", equalTo(0))
                .body("counts.suggested", equalTo(0)).body("chanceRisk.flagged", equalTo(false))
                .body("supportedLayer", nullValue()).body("derivedAt", nullValue())
                .body("records", equalTo("http://verification.test/api/v1/verifications?lessonId=" + lesson));
    }

    @Test
    void aConcludedVerificationCountsOnceHoweverOftenItArrives() {
        String lesson = UUID.randomUUID().toString();
        String verification = UUID.randomUUID().toString();
        String event = Broker.concluded(UUID.randomUUID().toString(), verification, lesson, "CONFIRMED",
                "2027-07-02T14:00:00Z");
        Broker.send(Broker.VERIFICATIONS, verification, event);
        await().atMost(PATIENCE).untilAsserted(() -> evidence(lesson).body("counts.confirmed", equalTo(1)));

        // The same event again, and the same verification under a new event id (a re-sent outbox row).
        Broker.send(Broker.VERIFICATIONS, verification, event);
        Broker.send(Broker.VERIFICATIONS, verification, Broker.concluded(UUID.randomUUID().toString(), verification,
                lesson, "CONFIRMED", "2027-07-02T14:00:00Z"));
        // Same key, same partition, in order: once the marker is counted, so are the repeats.
        String marker = UUID.randomUUID().toString();
        Broker.send(Broker.VERIFICATIONS, verification, Broker.concluded(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), marker, "NOT_CONFIRMED", "2027-07-02T14:00:00Z"));
        await().atMost(PATIENCE).untilAsserted(() -> evidence(marker).body("counts.notConfirmed", equalTo(1)));

        evidence(lesson).body("counts.confirmed", equalTo(1)).body("counts.notConfirmed", equalTo(0))
                .body("level", equalTo("ORIGIN_ONLY"));
    }

    @Test
    void aConclusionInAWholeWijkCountsAsDoesAV1RecordFromBefore() {
        String lesson = UUID.randomUUID().toString();
        Broker.send(Broker.VERIFICATIONS, lesson, Broker.concludedIn(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), lesson, "CONFIRMED", "2027-07-02T14:00:00Z", "WIJK", "WK036301"));
        Broker.send(Broker.VERIFICATIONS, lesson, Broker.concludedV1(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), lesson, "NOT_CONFIRMED", "2027-07-02T15:00:00Z"));
        await().atMost(PATIENCE).untilAsserted(() -> evidence(lesson).body("counts.confirmed", equalTo(1))
                .body("counts.notConfirmed", equalTo(1)));
    }

    @Test
    void theNewestDerivationWinsAndSearchFollowsItsLevel() {
        UUID proeftuin = UUID.randomUUID();
        String lesson = Documents.lesson(proeftuin, "Buurtteams werken", "Een vast buurtteam bouwde vertrouwen op.")
                .layer(Layer.GENERIEK).index().toString();
        Broker.send(Broker.EVIDENCE, lesson, Broker.evidenceChanged(UUID.randomUUID().toString(), lesson,
                "REPLICATED", 3, 0, "2027-07-03T10:00:00Z"));
        await().atMost(PATIENCE).untilAsserted(() -> evidence(lesson).body("level", equalTo("REPLICATED")));
        evidence(lesson).body("counts.confirmed", equalTo(3)).body("counts.suggested", equalTo(5))
                .body("supportedLayer", equalTo("MENU")).body("claimedLayer", equalTo("GENERIEK"))
                .body("chanceRisk.flagged", equalTo(true))
                .body("confirmedInTypes", contains("Stedelijke vooroorlogse buurten"))
                .body("derivedAt", equalTo("2027-07-03T10:00:00Z"))
                .body("records", equalTo("http://verification.test/api/v1/evidence/lessons/" + lesson));
        given().queryParam("proeftuin", proeftuin.toString()).when().get("/api/v1/lessons")
                .then().statusCode(200).body("items.evidenceLevel", contains("REPLICATED"));

        // An older derivation arriving late changes nothing; a conclusion it already includes is not recounted,
        // a later one is.
        Broker.send(Broker.EVIDENCE, lesson, Broker.evidenceChanged(UUID.randomUUID().toString(), lesson,
                "INDICATIVE", 1, 0, "2027-07-01T10:00:00Z"));
        Broker.send(Broker.VERIFICATIONS, lesson, Broker.concluded(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), lesson, "CONFIRMED", "2027-07-03T09:00:00Z"));
        Broker.send(Broker.VERIFICATIONS, lesson, Broker.concluded(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), lesson, "NOT_CONFIRMED", "2027-07-04T09:00:00Z"));
        await().atMost(PATIENCE).untilAsserted(() -> evidence(lesson).body("counts.notConfirmed", equalTo(1)));
        String marker = UUID.randomUUID().toString();
        Broker.send(Broker.EVIDENCE, lesson, Broker.evidenceChanged(UUID.randomUUID().toString(), marker,
                "INDICATIVE", 1, 0, "2027-07-01T10:00:00Z"));
        await().atMost(PATIENCE).untilAsserted(() -> evidence(marker).body("level", equalTo("INDICATIVE")));
        evidence(lesson).body("level", equalTo("REPLICATED")).body("counts.confirmed", equalTo(3));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheConsumerKeepsWorking() {
        String key = UUID.randomUUID().toString();
        Broker.send(Broker.VERIFICATIONS, key, "this is not a CloudEvent");
        String lesson = UUID.randomUUID().toString();
        Broker.send(Broker.VERIFICATIONS, key, Broker.concluded(UUID.randomUUID().toString(), key, lesson,
                "MAYBE", "2027-07-02T14:00:00Z"));
        try (TopicReader dlq = TopicReader.subscribe(Broker.VERIFICATIONS + ".dlq")) {
            List<ConsumerRecord<String, String>> dead = dlq.recordsFor(key, 2, PATIENCE);
            assertEquals(2, dead.size(), "both the unreadable record and the unknown outcome are dead letters");
            assertEquals("this is not a CloudEvent", dead.get(0).value());
            assertNotNull(dead.get(0).headers().lastHeader("dead-letter-reason"), "the failure travels along");
        }
        String next = UUID.randomUUID().toString();
        Broker.send(Broker.VERIFICATIONS, key, Broker.concluded(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), next, "INCONCLUSIVE", "2027-07-02T14:00:00Z"));
        await().atMost(PATIENCE).untilAsserted(() -> evidence(next).body("counts.inconclusive", equalTo(1)));
        evidence(lesson).body("counts.confirmed", equalTo(0));
    }

    static ValidatableResponse evidence(String lesson) {
        return given().when().get("/api/v1/lessons/" + lesson + "/evidence").then().statusCode(200);
    }
}
