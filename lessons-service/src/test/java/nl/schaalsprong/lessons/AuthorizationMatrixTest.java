package nl.schaalsprong.lessons;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.schaalsprong.local.AuthorizationMatrix;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.platform.deadletter.DeadLetters;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every write endpoint (and the reads that are not open to all) against every kind of caller: anonymous, a token
 * for another audience, a verifier, a contributor of the lesson's proeftuin, a contributor of another proeftuin and
 * a steward. Each case gets a fresh object to act on; every refusal is a problem. A write operation the document
 * gains without a row here fails the test.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String OTHER_PROEFTUIN = "drimmelen-terheijden";

    enum Caller {
        ANONYMOUS, OTHER_AUDIENCE, VERIFIER, CONTRIBUTOR_IN_SCOPE, CONTRIBUTOR_OUT_OF_SCOPE, STEWARD;

        /** Tokens are signed with the running stack's key, so they are made when a case runs. */
        String authorization() {
            return switch (this) {
                case ANONYMOUS -> null;
                case OTHER_AUDIENCE -> TestTokens.bearerForAudience("another-api", "steward", "contributor");
                case VERIFIER -> TestTokens.bearer("verifier");
                case CONTRIBUTOR_IN_SCOPE -> TestTokens.contributorOf(Lessons.PROEFTUIN);
                case CONTRIBUTOR_OUT_OF_SCOPE -> TestTokens.contributorOf(OTHER_PROEFTUIN);
                case STEWARD -> TestTokens.bearer("steward");
            };
        }
    }


    /** The statuses of an endpoint; callers without a valid token get 401 everywhere. */
    private static Map<Caller, Integer> statuses(int verifier, int inScope, int outOfScope, int steward) {
        Map<Caller, Integer> expected = new LinkedHashMap<>();
        expected.put(Caller.ANONYMOUS, 401);
        expected.put(Caller.OTHER_AUDIENCE, 401);
        expected.put(Caller.VERIFIER, verifier);
        expected.put(Caller.CONTRIBUTOR_IN_SCOPE, inScope);
        expected.put(Caller.CONTRIBUTOR_OUT_OF_SCOPE, outOfScope);
        expected.put(Caller.STEWARD, steward);
        return expected;
    }

    private static String inReview() {
        String id = Lessons.record(Lessons.COMPLETE);
        Lessons.transition(id, "IN_REVIEW", "contributor").statusCode(200);
        return id;
    }

    private static String signalledBarrier() {
        String lesson = Lessons.publish(BarrierRegisterTest.WITH_BARRIER);
        return given().when().get("/api/v1/barriers?size=200").then()
                .extract().path("items.find { it.lessonId == '" + lesson + "' }.id");
    }

    private static AuthorizationMatrix<Caller> matrix() {
        AuthorizationMatrix<Caller> matrix = new AuthorizationMatrix<>(Caller::authorization);
        matrix.row("POST /api/v1/lessons", r -> r.body(Lessons.COMPLETE).post("/api/v1/lessons"),
                statuses(403, 201, 403, 403));
        matrix.row("PUT /api/v1/lessons/{id}", r -> r.header("If-Match", "\"0\"").body(Lessons.COMPLETE)
                .put("/api/v1/lessons/" + Lessons.record(Lessons.COMPLETE)), statuses(403, 200, 403, 403));
        matrix.row("POST /api/v1/lessons/{id}/transitions to IN_REVIEW", r -> r.body("{\"to\":\"IN_REVIEW\"}")
                .post("/api/v1/lessons/" + Lessons.record(Lessons.COMPLETE) + "/transitions"),
                statuses(403, 200, 403, 200));
        matrix.row("POST /api/v1/lessons/{id}/transitions to PUBLISHED", r -> {
            String id = inReview();
            return r.header("If-Match", Lessons.currentVersion(id)).body("{\"to\":\"PUBLISHED\"}")
                    .post("/api/v1/lessons/" + id + "/transitions");
        }, statuses(403, 403, 403, 200));
        matrix.row("POST /api/v1/lessons/{id}/transitions to RETRACTED", r -> r.body("{\"to\":\"RETRACTED\"}")
                .post("/api/v1/lessons/" + Lessons.publish(Lessons.COMPLETE) + "/transitions"),
                statuses(403, 403, 403, 200));
        matrix.row("POST /api/v1/lessons/{id}/tags", r -> r.body("{\"tags\":[\"matrix\"]}")
                .post("/api/v1/lessons/" + Lessons.publish(Lessons.COMPLETE) + "/tags"),
                statuses(403, 200, 403, 403));
        matrix.row("GET /api/v1/lessons/{id}/history", r -> r
                .get("/api/v1/lessons/" + Lessons.publish(Lessons.COMPLETE) + "/history"),
                statuses(403, 200, 403, 200));
        matrix.row("PUT /api/v1/proeftuinen/{id}/buurten", r -> r.body("{\"buurtCodes\":[]}")
                .put("/api/v1/proeftuinen/" + OTHER_PROEFTUIN + "/buurten"), statuses(403, 403, 403, 200));
        matrix.row("PATCH /api/v1/proeftuinen/{id}", r -> r.body("{\"experimentConditions\":[]}")
                .patch("/api/v1/proeftuinen/" + OTHER_PROEFTUIN), statuses(403, 403, 403, 200));
        matrix.row("PATCH /api/v1/barriers/{id}", r -> r.body("{\"status\":\"GEAGENDEERD\"}")
                .patch("/api/v1/barriers/" + signalledBarrier()), statuses(403, 403, 403, 200));
        matrix.row("POST /api/v1/vocabularies/components", r -> r
                .body("{\"code\":\"techniek/matrix-" + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"label\":\"Matrix\"}")
                .post("/api/v1/vocabularies/components"), statuses(403, 403, 403, 201));
        matrix.row("POST /api/v1/dead-letters/lessons/{id}/replay", r -> r
                .post("/api/v1/dead-letters/lessons/" + deadLetter() + "/replay"), statuses(403, 403, 403, 200));
        return matrix;
    }

    /** A fresh dead letter, as the capture keeps one read from the dead-letter topic (offsets no broker gave). */
    private static UUID deadLetter() {
        return Arc.container().instance(DeadLetters.class).get().capture("schaalsprong.authorization-matrix", 0,
                ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), UUID.randomUUID().toString(), "not a CloudEvent",
                "matrix").orElseThrow();
    }

    @Test
    void everyWriteOperationOfTheDocumentHasARow() {
        assertEquals(Set.of(), matrix().writeOperationsWithoutRow(), "write operations without a row");
    }

    @TestFactory
    List<DynamicTest> everyWriteEndpointAnswersEveryCallerAsItsScopeAllows() {
        return matrix().cases();
    }

    @TestFactory
    List<DynamicTest> aDraftIsSeenOnlyByItsProeftuinsContributorsAndStewards() {
        Map<Caller, Integer> expected = new LinkedHashMap<>();
        expected.put(Caller.ANONYMOUS, 404);
        expected.put(Caller.VERIFIER, 404);
        expected.put(Caller.CONTRIBUTOR_IN_SCOPE, 200);
        expected.put(Caller.CONTRIBUTOR_OUT_OF_SCOPE, 404);
        expected.put(Caller.STEWARD, 200);
        List<DynamicTest> cases = new ArrayList<>();
        expected.forEach((caller, status) -> cases.add(DynamicTest.dynamicTest("GET a draft as " + caller + " -> " + status,
                () -> {
                    String draft = Lessons.record(Lessons.COMPLETE);
                    RequestSpecification request = given();
                    if (caller.authorization() != null) {
                        request.header("Authorization", caller.authorization());
                    }
                    request.when().get("/api/v1/lessons/" + draft).then().statusCode(status);
                })));
        return cases;
    }
}
