package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.verification.domain.Actor;
import nl.schaalsprong.verification.domain.DeclineReason;
import nl.schaalsprong.verification.domain.DeclineReasonKind;
import nl.schaalsprong.verification.domain.OutcomeRecorded;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Declines saying "the buurt differs on AANDEEL_65_PLUS", made through the workflow, are learned from as
 * non-transfers on that dimension: its importance rises and the learning answer counts them, while the outcomes
 * (and so the publication minimums) stay the conclusions alone.
 */
@QuarkusTest
class DeclineLearningTest {

    private static final String NAMED = "AANDEEL_65_PLUS";
    private static final Actor STEWARD = new Actor("programma", true, Set.of());

    @Inject
    EntityManager entityManager;
    @Inject
    VerificationService verifications;
    @Inject
    Event<OutcomeRecorded> outcomeRecorded;

    @Test
    void declinesNamingADimensionMoveItsLearnedImportance() {
        EvidenceTestData data = new EvidenceTestData(entityManager);
        String basis = "weiger-" + UUID.randomUUID().toString().substring(0, 8);
        UUID lesson = LearningFlowTest.concludedOn(data, basis, 16, NAMED);
        QuarkusTransaction.requiringNew().run(() -> outcomeRecorded.fire(new OutcomeRecorded(lesson)));
        JsonPath before = weights(basis, 0);
        assertEquals(0, before.getInt("declines"));

        Random random = new Random(9);
        for (int i = 0; i < 8; i++) {
            Map<String, Double> differences = Map.of("STEDELIJKHEID", random.nextDouble(),
                    NAMED, 0.85 + 0.15 * random.nextDouble(), "LOG_BEVOLKINGSDICHTHEID", random.nextDouble());
            UUID id = data.verification(UUID.randomUUID(), EvidenceTestData.Row.suggested(
                    String.format("BU0363%04d", 500 + i), "Stedelijk", LearningFlowTest.NOW).on(basis, differences, 0.7));
            verifications.decline(id, new DeclineReason(DeclineReasonKind.DIMENSION_DIFFERS, NAMED, null, null),
                    STEWARD);
        }
        // A decline of another kind is no evidence about a dimension.
        UUID other = data.verification(UUID.randomUUID(), EvidenceTestData.Row.suggested("BU03630600", "Stedelijk",
                LearningFlowTest.NOW).on(basis, Map.of(NAMED, 0.9), 0.7));
        verifications.decline(other, new DeclineReason(DeclineReasonKind.NO_CAPACITY, null, null, null), STEWARD);

        JsonPath after = weights(basis, 8);
        assertEquals(16, after.getInt("outcomes"), "declines are no outcomes");
        assertEquals(8, declinedFor(after, NAMED));
        assertEquals(0, declinedFor(after, "STEDELIJKHEID"));
        assertTrue(importanceOf(after, NAMED) > importanceOf(before, NAMED) + 0.1,
                "importance of " + NAMED + " before " + importanceOf(before, NAMED) + ", after "
                        + importanceOf(after, NAMED));
    }

    /** The learning answer once it counts {@code declines} declines (learning runs after the decline commits). */
    private static JsonPath weights(String basis, int declines) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().queryParam("basis", basis).when().get("/api/v1/learning/weights");
            return response.statusCode() == 200 ? response.jsonPath() : null;
        }, found -> found != null && found.getInt("declines") == declines);
    }

    private static double importanceOf(JsonPath weights, String dimension) {
        return weights.getDouble("dimensions.find { it.dimension == '" + dimension + "' }.importance");
    }

    private static int declinedFor(JsonPath weights, String dimension) {
        return weights.getInt("dimensions.find { it.dimension == '" + dimension + "' }.declinedForDimension");
    }
}
