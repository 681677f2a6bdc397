package nl.schaalsprong.verification.rest;

import io.quarkus.arc.Arc;
import nl.schaalsprong.platform.deadletter.DeadLetters;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.schaalsprong.local.AuthorizationMatrix;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.verification.domain.Verification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static nl.schaalsprong.verification.rest.NominationOverRestTest.DAPPERBUURT;
import static nl.schaalsprong.verification.rest.NominationOverRestTest.nomination;
import static nl.schaalsprong.verification.rest.NominationOverRestTest.taggedLesson;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.AMSTERDAM;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.KINKERBUURT;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.amsterdam;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.criteria;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.suggested;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every write endpoint of the served document against every kind of caller: anonymous, a token for another
 * audience, a contributor, a verifier of the target's gemeente, a verifier of another gemeente and a steward. The
 * targets (the verification's buurt, the subscription's area) all lie in Amsterdam. Each case gets a fresh object to
 * act on; every refusal is a problem. A write operation the document gains without a row here fails the test.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String OTHER_GEMEENTE = "GM0599";

    enum Caller {
        ANONYMOUS, OTHER_AUDIENCE, CONTRIBUTOR, VERIFIER_IN_SCOPE, VERIFIER_OUT_OF_SCOPE, STEWARD;

        /** Tokens are signed with the running stack's key, so they are made when a case runs. */
        String authorization() {
            return switch (this) {
                case ANONYMOUS -> null;
                case OTHER_AUDIENCE -> TestTokens.bearerForAudience("another-api", "steward", "verifier");
                case CONTRIBUTOR -> token(Set.of("contributor"), List.of(AMSTERDAM));
                case VERIFIER_IN_SCOPE -> amsterdam();
                case VERIFIER_OUT_OF_SCOPE -> token(Set.of("verifier"), List.of(OTHER_GEMEENTE));
                case STEWARD -> token(Set.of("steward"), List.of());
            };
        }
    }

    /** The statuses of an endpoint; callers without a valid token get 401, contributors 403 everywhere. */
    private static Map<Caller, Integer> statuses(int inScope, int outOfScope, int steward) {
        Map<Caller, Integer> expected = new LinkedHashMap<>();
        expected.put(Caller.ANONYMOUS, 401);
        expected.put(Caller.OTHER_AUDIENCE, 401);
        expected.put(Caller.CONTRIBUTOR, 403);
        expected.put(Caller.VERIFIER_IN_SCOPE, inScope);
        expected.put(Caller.VERIFIER_OUT_OF_SCOPE, outOfScope);
        expected.put(Caller.STEWARD, steward);
        return expected;
    }

    private static Verification accepted() {
        Verification verification = suggested(KINKERBUURT);
        given().contentType(ContentType.JSON).header("Authorization", amsterdam()).body(criteria())
                .when().post("/api/v1/verifications/" + verification.id + "/accept").then().statusCode(200);
        return verification;
    }

    private static final String AMSTERDAM_SUBSCRIPTION = """
            {"callbackUrl":"https://amsterdam.example.nl/hook","description":"matrix",
             "filter":{"areaCodes":["%s"]}}""".formatted(AMSTERDAM);

    /** A subscription to Amsterdam's events, made by Amsterdam's verifier: its verifiers and stewards see it. */
    private static String subscription() {
        return given().contentType(ContentType.JSON).header("Authorization", amsterdam()).body(AMSTERDAM_SUBSCRIPTION)
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
    }

    private static AuthorizationMatrix<Caller> matrix() {
        AuthorizationMatrix<Caller> matrix = new AuthorizationMatrix<>(Caller::authorization);
        matrix.row("POST /api/v1/verifications", r -> r.body(nomination(taggedLesson(), DAPPERBUURT))
                .post("/api/v1/verifications"), statuses(201, 403, 201));
        matrix.row("POST /api/v1/verifications/{id}/accept", r -> r.body(criteria())
                .post("/api/v1/verifications/" + suggested(KINKERBUURT).id + "/accept"), statuses(200, 403, 200));
        matrix.row("POST /api/v1/verifications/{id}/decline", r -> r.body("{\"reason\":\"matrix\"}")
                .post("/api/v1/verifications/" + suggested(KINKERBUURT).id + "/decline"), statuses(200, 403, 200));
        matrix.row("POST /api/v1/verifications/{id}/conclude", r -> r
                .body("{\"results\":[{\"indicator\":\"aandeel huishoudens bereikt\",\"measuredValue\":71}],"
                        + "\"conditionsPresent\":[]}")
                .post("/api/v1/verifications/" + accepted().id + "/conclude"), statuses(200, 403, 200));
        // Out of scope, a subscription is refused (403) for naming another gemeente's area; one that exists but is
        // not the verifier's to see is not found (404), as reading it is, so its existence does not leak.
        matrix.row("POST /api/v1/subscriptions", r -> r.body(AMSTERDAM_SUBSCRIPTION)
                .post("/api/v1/subscriptions"), statuses(201, 403, 201));
        matrix.row("DELETE /api/v1/subscriptions/{id}", r -> r
                .delete("/api/v1/subscriptions/" + subscription()), statuses(204, 404, 204));
        matrix.row("POST /api/v1/subscriptions/{id}/resume", r -> r
                .post("/api/v1/subscriptions/" + subscription() + "/resume"), statuses(200, 404, 200));
        matrix.row("POST /api/v1/dead-letters/verification/{id}/replay", r -> r
                .post("/api/v1/dead-letters/verification/" + deadLetter() + "/replay"), statuses(403, 403, 200));
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
}
