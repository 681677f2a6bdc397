package nl.schaalsprong.typology.messaging;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.local.TopicReader;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Learned weights from the real broker become a DRAFT basis a steward can publish; bad ones are dead letters. */
@QuarkusTest
class LearnedWeightsFlowTest {

    static final String TOPIC = "schaalsprong.learning";
    static final String DLQ = "schaalsprong.learning.dlq";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void learnedWeightsBecomeADraftThatAStewardPublishesAndARedeliveryAddsNothing() throws Exception {
        String basis = "geleerd-" + UUID.randomUUID().toString().substring(0, 8);
        String event = learned(UUID.randomUUID().toString(), basis, """
                [{"dimension":"STEDELIJKHEID","weight":3.1,"importance":1.2,"lower":0.6,"upper":1.9},
                 {"dimension":"AANDEEL_65_PLUS","weight":0.01,"importance":-0.2,"lower":-0.8,"upper":0.4}]""");
        send(basis, event);

        await().atMost(PATIENCE).untilAsserted(() -> given().when()
                .get("/api/v1/comparability-bases/" + basis + "/versions/1").then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("weights.dimension", contains("STEDELIJKHEID", "AANDEEL_65_PLUS"))
                .body("weights.weight", contains(3.1f, 0.01f))
                .body("description", startsWith("Geleerd door verification-service uit 64 beslissende conclusies"))
                // Issue 11: the draft keeps what the learner found, for the steward to judge the weights by.
                .body("learning.outcomes", equalTo(64))
                .body("learning.lessons", equalTo(11))
                .body("learning.cvBrierModel", equalTo(0.204f))
                .body("learning.cvBrierBaseRate", equalTo(0.243f))
                .body("learning.cvBrierBasis", equalTo(0.236f))
                .body("learning.importances.dimension", contains("STEDELIJKHEID", "AANDEEL_65_PLUS"))
                .body("learning.importances.importance", contains(1.2f, -0.2f))
                .body("learning.importances.lower", contains(0.6f, -0.8f))
                .body("learning.importances.upper", contains(1.9f, 0.4f)));

        // The same event again, then a newer one on the same key (same partition, in order): once the newer one
        // is a draft, the redelivery has been handled, and it added nothing.
        send(basis, event);
        send(basis, learned(UUID.randomUUID().toString(), basis,
                "[{\"dimension\":\"STEDELIJKHEID\",\"weight\":1.0,\"importance\":0.4,\"lower\":0.1,\"upper\":0.7}]"));
        await().atMost(PATIENCE).untilAsserted(() -> given().when()
                .get("/api/v1/comparability-bases/" + basis + "/versions/2").then().statusCode(200));
        given().when().get("/api/v1/comparability-bases/" + basis).then().statusCode(200).body("$", hasSize(2));

        given().header("Authorization", TestTokens.bearer("steward"))
                .when().post("/api/v1/comparability-bases/" + basis + "/versions/1/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("learning.cvBrierModel", equalTo(0.204f));
    }

    @Test
    void aRecordWrittenBeforeIssue11BecomesADraftWithItsLearningScoresUnknown() throws Exception {
        String basis = "geleerd-" + UUID.randomUUID().toString().substring(0, 8);
        send(basis, """
                {"specversion":"1.0","id":"%s","type":"nl.schaalsprong.comparability-weights.learned.v1",
                 "source":"/schaalsprong/verification-service","time":"%s","subject":"%s",
                 "datacontenttype":"application/json",
                 "data":{"basisName":"%s","learnedAt":"2027-09-01T08:00:00Z","outcomes":40,"confirmed":20,
                         "weights":[{"dimension":"STEDELIJKHEID","weight":2.0}],"brierSimilarity":0.231,
                         "brierBaseRate":0.241,"brierModel":0.187,"lambda":1.0,"bootstrapSamples":200,"seed":1}}"""
                .formatted(UUID.randomUUID(), OffsetDateTime.now(), basis, basis));

        await().atMost(PATIENCE).untilAsserted(() -> given().when()
                .get("/api/v1/comparability-bases/" + basis + "/versions/1").then().statusCode(200)
                .body("learning.outcomes", equalTo(40))
                .body("learning.lessons", nullValue())
                .body("learning.cvBrierModel", nullValue())
                .body("learning.importances", hasSize(0)));
    }

    @Test
    void aBasisAStewardWroteHasNoLearningEvidence() {
        given().when().get("/api/v1/comparability-bases/standaard/versions/1").then().statusCode(200)
                .body("learning", nullValue());
    }

    @Test
    void weightsOnAnUnknownDimensionAreADeadLetterAndStoreNothing() throws Exception {
        String basis = "geleerd-" + UUID.randomUUID().toString().substring(0, 8);
        String event = learned(UUID.randomUUID().toString(), basis,
                "[{\"dimension\":\"GEEN_BESTAANDE_DIMENSIE\",\"weight\":1.0,\"importance\":0.4,\"lower\":0.1,\"upper\":0.7}]");
        send(basis, event);

        try (TopicReader dlq = TopicReader.subscribe(DLQ)) {
            var dead = dlq.recordsFor(basis, 1, PATIENCE);
            assertEquals(1, dead.size());
            assertEquals(event, dead.get(0).value());
        }
        given().when().get("/api/v1/comparability-bases/" + basis).then().statusCode(404);
    }

    static String learned(String eventId, String basis, String weights) {
        return """
                {"specversion":"1.0","id":"%s","type":"nl.schaalsprong.comparability-weights.learned.v1",
                 "source":"/schaalsprong/verification-service","time":"%s","subject":"%s",
                 "datacontenttype":"application/json",
                 "dataschema":"https://schaalsprong.nl/schemas/comparability-weights.learned.v1.json",
                 "data":{"basisName":"%s","learnedAt":"2027-09-01T08:00:00Z","outcomes":64,"confirmed":38,
                         "weights":%s,"brierSimilarity":0.231,"brierBaseRate":0.241,"brierModel":0.187,
                         "lambda":1.0,"bootstrapSamples":200,"seed":20261128,"lessons":11,
                         "cvBrierModel":0.204,"cvBrierBaseRate":0.243,"cvBrierBasis":0.236}}"""
                .formatted(eventId, OffsetDateTime.now(), basis, basis, weights);
    }

    static void send(String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        }
    }
}
