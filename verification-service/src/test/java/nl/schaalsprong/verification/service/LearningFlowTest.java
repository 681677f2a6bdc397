package nl.schaalsprong.verification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.local.TopicReader;
import nl.schaalsprong.verification.domain.OutcomeRecorded;
import nl.schaalsprong.verification.domain.VerificationChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learning the comparability basis from concluded verifications in the real database, and the learned weights
 * published on the real broker once enough outcomes exist (12 in tests).
 */
@QuarkusTest
class LearningFlowTest {

    static final String LEARNING_TOPIC = "schaalsprong.learning";
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);
    static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    EntityManager entityManager;
    @Inject
    Event<VerificationChanged> verificationChanged;

    @Inject
    Event<OutcomeRecorded> outcomeRecorded;

    EvidenceTestData data;

    @BeforeEach
    void data() {
        data = new EvidenceTestData(entityManager);
    }

    /**
     * {@code outcomes} conclusions on {@code basis}, two per lesson, confirmed exactly when the difference on
     * STEDELIJKHEID is below one half; the other two dimensions vary at random.
     *
     * @return the first lesson
     */
    UUID concludedOn(String basis, int outcomes) {
        return concludedOn(data, basis, outcomes, "AANDEEL_65_PLUS");
    }

    /** As {@link #concludedOn(String, int)}, with {@code noise} as the second dimension that varies at random. */
    static UUID concludedOn(EvidenceTestData data, String basis, int outcomes, String noise) {
        UUID first = UUID.randomUUID();
        UUID lesson = first;
        Random random = new Random(42);
        for (int i = 0; i < outcomes; i++) {
            // Two verifications per lesson: learning resamples and cross-validates whole lessons.
            if (i > 0 && i % 2 == 0) {
                lesson = UUID.randomUUID();
            }
            double stedelijkheid = (i % 2 == 0 ? 0.05 : 0.55) + 0.4 * random.nextDouble();
            Map<String, Double> differences = Map.of("STEDELIJKHEID", stedelijkheid,
                    noise, random.nextDouble(), "LOG_BEVOLKINGSDICHTHEID", random.nextDouble());
            data.verification(lesson, EvidenceTestData.Row.suggested(String.format("BU0363%04d", i), "Stedelijk", NOW)
                    .on(basis, differences, 0.8).concluded(stedelijkheid < 0.5 ? "CONFIRMED" : "NOT_CONFIRMED",
                            NOW.plusMonths(6)));
        }
        return first;
    }

    /** What concluding a verification fires, inside its transaction. */
    void concluded(UUID lesson) {
        QuarkusTransaction.requiringNew().run(() -> {
            verificationChanged.fire(new VerificationChanged(lesson));
            outcomeRecorded.fire(new OutcomeRecorded(lesson));
        });
    }

    /** What a suggestion, acceptance or decline fires: no outcome, so nothing to learn from. */
    void changedWithoutOutcome(UUID lesson) {
        QuarkusTransaction.requiringNew().run(() -> verificationChanged.fire(new VerificationChanged(lesson)));
    }

    @Test
    void aChangeWithoutANewOutcomeLearnsNothing() {
        String basis = "leer-" + UUID.randomUUID().toString().substring(0, 8);
        changedWithoutOutcome(concludedOn(basis, 6));

        given().queryParam("basis", basis).when().get("/api/v1/learning/weights").then().statusCode(404);
    }

    @Test
    void enoughOutcomesPublishTheLearnedWeightsWithThePredictiveDimensionOnTop() throws Exception {
        String basis = "leer-" + UUID.randomUUID().toString().substring(0, 8);
        UUID lesson = concludedOn(basis, 16);
        concluded(lesson);
        // Relearning from the same outcomes gives the same weights: nothing new is published.
        concluded(lesson);

        try (TopicReader reader = TopicReader.subscribe(LEARNING_TOPIC);
             InputStream schemaFile = getClass().getResourceAsStream(
                     "/META-INF/resources/schemas/comparability-weights.learned.v1.json")) {
            List<ConsumerRecord<String, String>> records = reader.recordsFor(basis, 2, Duration.ofSeconds(15));
            assertEquals(1, records.size(), "published once");
            JsonNode event = MAPPER.readTree(records.get(0).value());
            assertEquals("nl.schaalsprong.comparability-weights.learned.v1", event.path("type").asText());
            assertEquals(basis, event.path("subject").asText());
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(MAPPER.readTree(schemaFile), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            assertEquals(Set.of(), schema.validate(event.path("data")), event.path("data").toString());
            assertEquals(16, event.path("data").path("outcomes").asInt());
            assertEquals("STEDELIJKHEID", event.path("data").path("weights").path(0).path("dimension").asText());
        }

        given().queryParam("basis", basis).when().get("/api/v1/learning/weights").then().statusCode(200)
                .body("basisName", equalTo(basis))
                .body("published", equalTo(true))
                .body("outcomes", equalTo(16))
                .body("confirmed", equalTo(8))
                .body("dimensions[0].dimension", equalTo("STEDELIJKHEID"))
                .body("dimensions[0].clearlyMatters", equalTo(true))
                .body("lessons", equalTo(8))
                .body("cvBrierModel", lessThan(0.25f))
                .body("publicationReasons", hasSize(1))
                .body("bootstrapSamples", equalTo(50));
        // As CSV for the dashboard's chart: one row per dimension, most important first.
        List<String> csv = given().accept("text/csv").queryParam("basis", basis).when().get("/api/v1/learning/weights")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString()
                .lines().toList();
        assertEquals("dimension,importance,lower,upper,clearlyMatters,weight", csv.get(0));
        assertTrue(csv.get(1).startsWith("STEDELIJKHEID,") && csv.get(1).contains(",true,"), csv.get(1));
    }

    /**
     * The whole path, without firing events by hand: a verification concluded over REST (by a steward) is the
     * twelfth outcome on its basis, and the relearned weights are stored and published.
     */
    @Test
    void aConclusionOverRestRelearnsTheBasis() {
        String basis = "leer-" + UUID.randomUUID().toString().substring(0, 8);
        UUID lesson = concludedOn(basis, 11);
        UUID accepted = data.verification(lesson, EvidenceTestData.Row.suggested("BU03630999", "Stedelijk", NOW)
                .on(basis, Map.of("STEDELIJKHEID", 0.1, "AANDEEL_65_PLUS", 0.5, "LOG_BEVOLKINGSDICHTHEID", 0.5), 0.8)
                .accepted(NOW.plusMonths(1)));
        given().queryParam("basis", basis).when().get("/api/v1/learning/weights").then().statusCode(404);

        given().header("Authorization", TestTokens.bearer("steward")).contentType("application/json")
                .body("{\"results\":[{\"indicator\":\"aandeel bereikt\",\"measuredValue\":71}],\"conditionsPresent\":[]}")
                .when().post("/api/v1/verifications/" + accepted + "/conclude")
                .then().statusCode(200).body("outcome", equalTo("CONFIRMED"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().queryParam("basis", basis).when().get("/api/v1/learning/weights").then().statusCode(200)
                        .body("outcomes", equalTo(12)).body("published", equalTo(true)));
    }

    @Test
    void tooFewOutcomesAreLearnedFromButNotPublished() {
        String basis = "leer-" + UUID.randomUUID().toString().substring(0, 8);
        concluded(concludedOn(basis, 6));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().queryParam("basis", basis).when().get("/api/v1/learning/weights").then().statusCode(200)
                        .body("published", equalTo(false)).body("outcomes", equalTo(6)));
        try (TopicReader reader = TopicReader.subscribe(LEARNING_TOPIC)) {
            assertTrue(reader.recordsFor(basis, 1, Duration.ofSeconds(3)).isEmpty());
        }
    }

    /** Issue 13: outcomes in buurten the gemeente nominated itself are learned from, at their (lower) weight. */
    @Test
    void nominatedOutcomesAreLearnedFromAtTheirWeight() {
        String basis = "leer-" + UUID.randomUUID().toString().substring(0, 8);
        data.nominating("BU03630000", "BU03630003");
        UUID lesson = concludedOn(basis, 6);
        concluded(lesson);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().queryParam("basis", basis).when().get("/api/v1/learning/weights").then().statusCode(200)
                        .body("outcomes", equalTo(6)).body("nominatedOutcomes", equalTo(2))
                        .body("nominationWeight", equalTo(0.5f)));
    }

    @Test
    void aModelStoredBeforeCrossValidationIsIgnoredAndRelearned() {
        String basis = "leer-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into learned_model (id,"
                        + " basis_name, learned_at, outcomes, confirmed, published, model) values (:id, :basis, now(), 6,"
                        + " 3, false, cast(:model as jsonb))")
                .setParameter("id", UUID.randomUUID()).setParameter("basis", basis)
                .setParameter("model", "{\"dimensions\":[],\"outcomes\":6,\"confirmed\":3,\"brierSimilarity\":0.2,"
                        + "\"brierBaseRate\":0.25,\"brierModel\":0.2,"
                        + "\"settings\":{\"lambda\":1.0,\"bootstrapSamples\":50,\"seed\":1}}")
                .executeUpdate());
        given().queryParam("basis", basis).when().get("/api/v1/learning/weights").then().statusCode(404);

        concluded(concludedOn(basis, 6));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().queryParam("basis", basis).when().get("/api/v1/learning/weights").then().statusCode(200)
                        .body("outcomes", equalTo(6)).body("lessons", equalTo(3)));
    }

    @Test
    void aBasisNeverLearnedIsA404AndAMalformedNameA400() {
        given().queryParam("basis", "nooit-geleerd").when().get("/api/v1/learning/weights").then().statusCode(404);
        given().queryParam("basis", "Not A Name").when().get("/api/v1/learning/weights").then().statusCode(400);
    }
}
