package nl.schaalsprong.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The pages' API calls reach the service that answers them, unchanged both ways. */
@QuarkusTest
@io.quarkus.test.common.QuarkusTestResource(ServiceStubs.class)
class ApiForwardingTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/lessons, lessons",
            "/api/v1/lessons/facets, lessons",
            "/api/v1/typologies/5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c/assignments, typology",
            "/api/v1/evidence/summary, verification",
            "/api/v1/lessons/5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13/evidence, lessons",
            "/api/v1/barriers, lessons",
            "/api/v1/barriers/summary, lessons",
            "/api/v1/neighbourhoods/BU00141001/lessons, lessons",
            "/api/v1/neighbourhoods/BU00141001/comparable, typology",
            "/api/v1/areas, typology",
            "/api/v1/areas/WK001410/buurten, typology",
            "/api/v1/typologies/1/types, typology",
            "/api/v1/gemeenten/GM0014/comparable, typology",
            "/api/v1/gemeenten/GM0014/suggestions, verification",
            "/api/v1/learning-metrics/breakdown, verification",
            "/api/v1/learning/weights, verification",
            "/api/v1/tags/participatie/keukentafelgesprekken/evidence, verification",
            "/api/v1/verifications, verification",
            "/api/v1/verifications/counts, verification"})
    void eachPathGoesToTheServiceThatAnswersIt(String path, String service) {
        given().when().get(path)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("path", equalTo(path));
    }

    @Test
    void theQueryTheHeadersAndTheAnswerPassThrough() {
        given().queryParam("from", "2026-01").queryParam("theme", "participatie")
                .when().get("/api/v1/learning-metrics")
                .then().statusCode(200)
                .header("ETag", "\"7\"")
                .body("query", equalTo("from=2026-01&theme=participatie"))
                .body("authorization", nullValue());
        given().accept("text/csv").when().get("/api/v1/learning-metrics")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(equalTo("month,suggested\r\n2026-11,3\r\n"));
    }

    @Test
    void aWriteCarriesTheTokenAndTheBodyAndItsLocationStaysOnTheDashboard() {
        given().header("Authorization", "Bearer abc").contentType("application/json")
                .body("{\"reason\":\"al in een warmtenet\"}")
                .when().post("/api/v1/verifications/5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13/decline")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/verifications/5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13/decline/42"))
                .header("Location", not(containsString("/verification/api")))
                .body("authorization", equalTo("Bearer abc"))
                .body("body.reason", equalTo("al in een warmtenet"));
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/verifications/x/decline")
                .then().statusCode(401).contentType("application/problem+json");
    }

    /** Mijn wijk's nomination: POST to the collection, the token and body through, the 201's Location rewritten. */
    @Test
    void aNominationReachesVerificationServiceWithTheTokenAndItsRefusalReachesThePage() {
        String body = "{\"lessonId\":\"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10\",\"buurtCode\":\"BU00141002\","
                + "\"criteria\":[{\"indicator\":\"deelname eigenaren\",\"comparison\":\"AT_LEAST\",\"threshold\":60,"
                + "\"unit\":\"%\",\"measuredOn\":\"2027-06-30\"}]}";
        given().header("Authorization", "Bearer verifier").contentType("application/json").body(body)
                .when().post("/api/v1/verifications")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/verifications/42"))
                .header("Location", not(containsString("/verification/api")))
                .body("service", equalTo("verification"))
                .body("method", equalTo("POST"))
                .body("authorization", equalTo("Bearer verifier"))
                .body("body.buurtCode", equalTo("BU00141002"))
                .body("body.criteria[0].indicator", equalTo("deelname eigenaren"));
        given().header("Authorization", "Bearer verifier").contentType("application/json")
                .body(body.replace("BU00141002", ServiceStubs.NOMINATED_BUURT))
                .when().post("/api/v1/verifications")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Conflict"))
                .body("detail", containsString(ServiceStubs.NOMINATED_BUURT));
        given().contentType("application/json").body(body)
                .when().post("/api/v1/verifications")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aServiceProblemReachesThePageAsItWasAnswered() {
        given().when().get("/api/v1/advice?area=BU00141001")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void aPathNoServiceAnswersIsAProblem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("/api/v1/nothing-here"));
    }
}
