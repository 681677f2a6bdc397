package nl.schaalsprong.typology.rest;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.schaalsprong.local.AuthorizationMatrix;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.platform.deadletter.DeadLetters;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static nl.schaalsprong.typology.rest.ComparabilityBasisTest.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every write endpoint of the served document against every kind of caller: anonymous, a token for another
 * audience, a contributor, a verifier and a steward; only a steward may write here. A steward's request is the
 * cheapest one that passes authorization: a real draft basis where that costs nothing, otherwise a request the
 * service refuses for its content after authorization (an unknown object: 404, an invalid body: 400), so a case
 * never imports a national file or clusters and never changes the default basis other tests search with. Every
 * refusal is a problem. A write operation the document gains without a row here fails the test.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Caller {
        ANONYMOUS, OTHER_AUDIENCE, CONTRIBUTOR, VERIFIER, STEWARD;

        /** Tokens are signed with the running stack's key, so they are made when a case runs. */
        String authorization() {
            return switch (this) {
                case ANONYMOUS -> null;
                case OTHER_AUDIENCE -> TestTokens.bearerForAudience("another-api", "steward");
                case CONTRIBUTOR -> TestTokens.bearer("contributor");
                case VERIFIER -> TestTokens.bearer("verifier");
                case STEWARD -> TestTokens.bearer("steward");
            };
        }
    }

    /** Only a steward passes: 401 without a valid token, 403 for any other role, the given status for a steward. */
    private static Map<Caller, Integer> stewardGets(int steward) {
        Map<Caller, Integer> expected = new LinkedHashMap<>();
        expected.put(Caller.ANONYMOUS, 401);
        expected.put(Caller.OTHER_AUDIENCE, 401);
        expected.put(Caller.CONTRIBUTOR, 403);
        expected.put(Caller.VERIFIER, 403);
        expected.put(Caller.STEWARD, steward);
        return expected;
    }

    private static String basis(String name) {
        return "{\"name\":\"" + name + "\",\"description\":\"matrix\","
                + "\"weights\":[{\"dimension\":\"STEDELIJKHEID\",\"weight\":1}]}";
    }

    /** A fresh draft basis (version 1), made by a steward. */
    private static String draftBasis() {
        String name = uniqueName("matrix");
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON).body(basis(name))
                .when().post("/api/v1/comparability-bases").then().statusCode(201);
        return name;
    }

    private static AuthorizationMatrix<Caller> matrix() {
        String unknownBasis = "/api/v1/comparability-bases/bestaat-niet";
        String unknownTypology = "/api/v1/typologies/" + UUID.randomUUID();
        AuthorizationMatrix<Caller> matrix = new AuthorizationMatrix<>(Caller::authorization);
        matrix.row("POST /api/v1/comparability-bases", r -> r.body(basis(uniqueName("matrix")))
                .post("/api/v1/comparability-bases"), stewardGets(201));
        matrix.row("PUT /api/v1/comparability-bases/{name}/versions/{version}", r -> r
                .body("{\"weights\":[{\"dimension\":\"AANDEEL_65_PLUS\",\"weight\":2}]}")
                .put("/api/v1/comparability-bases/" + draftBasis() + "/versions/1"), stewardGets(200));
        // Publishing or making a basis the default would change what other tests search with: an unknown basis.
        matrix.row("POST /api/v1/comparability-bases/{name}/versions/{version}/publish", r -> r
                .post(unknownBasis + "/versions/1/publish"), stewardGets(404));
        matrix.row("PUT /api/v1/comparability-bases/{name}/default", r -> r
                .put(unknownBasis + "/default"), stewardGets(404));
        // A new dimension would join the catalogue every other test lists: an incomplete one.
        matrix.row("POST /api/v1/dimensions", r -> r.body("{}").post("/api/v1/dimensions"),
                stewardGets(400));
        // Imports and clustering are the expensive writes: requests refused for their content.
        matrix.row("POST /api/v1/imports/cbs-kwb", r -> r.contentType("text/csv").body("")
                .post("/api/v1/imports/cbs-kwb"), stewardGets(400));
        matrix.row("POST /api/v1/imports/mapped", r -> r.body("{}").post("/api/v1/imports/mapped"),
                stewardGets(400));
        // Not "{}": with buurten imported by an earlier test class that would start a real clustering run.
        matrix.row("POST /api/v1/typologies", r -> r.body("{\"k\":1}").post("/api/v1/typologies"),
                stewardGets(400));
        matrix.row("POST /api/v1/typologies/{id}/publish", r -> r.post(unknownTypology + "/publish"),
                stewardGets(404));
        matrix.row("PUT /api/v1/typologies/{id}/types/{type}/naming", r -> r
                .body("{\"name\":\"Matrix\"}").put(unknownTypology + "/types/1/naming"), stewardGets(404));
        matrix.row("PUT /api/v1/neighbourhoods/{code}/attributes/{key}", r -> r
                .body("{\"value\":\"keukentafelgesprekken\"}")
                .put("/api/v1/neighbourhoods/BU99999999/attributes/PARTICIPATIE_AANPAK"),
                stewardGets(404));
        matrix.row("POST /api/v1/dead-letters/typology/{id}/replay", r -> r
                .post("/api/v1/dead-letters/typology/" + deadLetter() + "/replay"), stewardGets(200));
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
    List<DynamicTest> everyWriteEndpointAnswersEveryCallerAsItsRoleAllows() {
        return matrix().cases();
    }
}
