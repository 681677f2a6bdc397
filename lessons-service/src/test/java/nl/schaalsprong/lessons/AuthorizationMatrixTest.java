package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every write endpoint (and the reads that are not open to all) against every kind of caller: anonymous, a token
 * for another audience, a verifier, a contributor of the lesson's proeftuin, a contributor of another proeftuin and
 * a steward. Each case gets a fresh object to act on; every refusal is a problem.
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

    /** One endpoint: how to call it on a fresh object, and the status each caller gets. */
    private record Endpoint(String name, Function<RequestSpecification, io.restassured.response.Response> call,
                            Map<Caller, Integer> expected) {
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

    private static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("POST /lessons", r -> r.body(Lessons.COMPLETE).post("/api/v1/lessons"),
                statuses(403, 201, 403, 403)));
        endpoints.add(new Endpoint("PUT /lessons/{id}", r -> r.header("If-Match", "\"0\"").body(Lessons.COMPLETE)
                .put("/api/v1/lessons/" + Lessons.record(Lessons.COMPLETE)), statuses(403, 200, 403, 403)));
        endpoints.add(new Endpoint("POST /lessons/{id}/transitions IN_REVIEW", r -> r.body("{\"to\":\"IN_REVIEW\"}")
                .post("/api/v1/lessons/" + Lessons.record(Lessons.COMPLETE) + "/transitions"),
                statuses(403, 200, 403, 200)));
        endpoints.add(new Endpoint("POST /lessons/{id}/transitions PUBLISHED", r -> {
            String id = inReview();
            return r.header("If-Match", Lessons.currentVersion(id)).body("{\"to\":\"PUBLISHED\"}")
                    .post("/api/v1/lessons/" + id + "/transitions");
        }, statuses(403, 403, 403, 200)));
        endpoints.add(new Endpoint("POST /lessons/{id}/transitions RETRACTED", r -> r.body("{\"to\":\"RETRACTED\"}")
                .post("/api/v1/lessons/" + Lessons.publish(Lessons.COMPLETE) + "/transitions"),
                statuses(403, 403, 403, 200)));
        endpoints.add(new Endpoint("POST /lessons/{id}/tags", r -> r.body("{\"tags\":[\"matrix\"]}")
                .post("/api/v1/lessons/" + Lessons.publish(Lessons.COMPLETE) + "/tags"),
                statuses(403, 200, 403, 403)));
        endpoints.add(new Endpoint("GET /lessons/{id}/history", r -> r
                .get("/api/v1/lessons/" + Lessons.publish(Lessons.COMPLETE) + "/history"),
                statuses(403, 200, 403, 200)));
        endpoints.add(new Endpoint("PUT /proeftuinen/{id}/buurten", r -> r.body("{\"buurtCodes\":[]}")
                .put("/api/v1/proeftuinen/" + OTHER_PROEFTUIN + "/buurten"), statuses(403, 403, 403, 200)));
        endpoints.add(new Endpoint("PATCH /proeftuinen/{id}", r -> r.body("{\"experimentConditions\":[]}")
                .patch("/api/v1/proeftuinen/" + OTHER_PROEFTUIN), statuses(403, 403, 403, 200)));
        endpoints.add(new Endpoint("PATCH /barriers/{id}", r -> r.body("{\"status\":\"GEAGENDEERD\"}")
                .patch("/api/v1/barriers/" + signalledBarrier()), statuses(403, 403, 403, 200)));
        endpoints.add(new Endpoint("POST /vocabularies/components", r -> r
                .body("{\"code\":\"techniek/matrix-" + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"label\":\"Matrix\"}")
                .post("/api/v1/vocabularies/components"), statuses(403, 403, 403, 201)));
        return endpoints;
    }

    @TestFactory
    List<DynamicTest> everyWriteEndpointAnswersEveryCallerAsItsScopeAllows() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            endpoint.expected().forEach((caller, status) -> cases.add(DynamicTest.dynamicTest(
                    endpoint.name() + " as " + caller + " -> " + status, () -> {
                        RequestSpecification request = given().contentType(ContentType.JSON);
                        String authorization = caller.authorization();
                        if (authorization != null) {
                            request.header("Authorization", authorization);
                        }
                        var response = endpoint.call().apply(request).then().statusCode(status);
                        if (status >= 400) {
                            response.contentType(startsWith("application/problem+json")).body("status", equalTo(status));
                        }
                    })));
        }
        return cases;
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
