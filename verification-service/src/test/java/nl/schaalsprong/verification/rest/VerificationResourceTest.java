package nl.schaalsprong.verification.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class VerificationResourceTest {

    /** Where an error response names its body in the OpenAPI document (platform's ProblemResponses). */
    private static final String PROBLEM = ".content.'application/problem+json'.schema.'$ref'";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Test
    void anUnknownVerificationIsA404Problem() {
        given().when().get("/api/v1/verifications/7a1c9d9e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404));
    }

    @Test
    void aLessonWithoutVerificationsHasAnEmptyPage() {
        given().queryParam("lessonId", "7a1c9d9e-0000-4000-8000-000000000001")
                .when().get("/api/v1/verifications")
                .then().statusCode(200)
                .body("total", equalTo(0)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.size()", equalTo(0));
    }

    @Test
    void invalidListParametersAreA400ProblemNamingThem() {
        given().queryParam("lessonId", "not-a-uuid").queryParam("size", 0)
                .when().get("/api/v1/verifications")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("lessonId", "size"));
    }

    @Test
    void healthOpenApiAndTheEventContractsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/verifications'.get.summary", equalTo("List verifications"))
                .body("paths.'/api/v1/verifications/{id}'.get.responses.'404'.description",
                        equalTo("No such verification"))
                // Every error response is a problem+json Problem, said once by platform's ProblemResponses.
                .body("paths.'/api/v1/verifications/{id}'.get.responses.'404'" + PROBLEM, equalTo(PROBLEM_SCHEMA))
                .body("paths.'/api/v1/verifications/{id}/accept'.post.responses.'409'" + PROBLEM, equalTo(PROBLEM_SCHEMA))
                .body("components.schemas.Problem.properties.status.type", equalTo("integer"))
                .body("paths.'/api/v1/verifications/{id}/accept'.post.responses.'409'.description",
                        equalTo("Not SUGGESTED (any more)"))
                .body("paths.'/api/v1/verifications/{id}/conclude'.post.summary",
                        equalTo("Conclude an accepted verification with what was measured"))
                .body("paths.'/api/v1/gemeenten/{code}/suggestions'.get.summary",
                        equalTo("Suggestions for a gemeente's buurten"));
        // v2 is emitted (issue 13 item 3); v1 stays published for the records already on the topics.
        for (String schema : new String[]{"verification.accepted.v1.json", "verification.concluded.v1.json",
                "verification.suggested.v2.json", "verification.accepted.v2.json", "verification.declined.v2.json",
                "verification.concluded.v2.json"}) {
            given().when().get("/schemas/" + schema).then().statusCode(200)
                    .body("$id", equalTo("https://schaalsprong.nl/schemas/" + schema));
        }
        given().when().get("/schemas/verification.suggested.v1.json").then().statusCode(200)
                .body("$id", equalTo("https://schaalsprong.nl/schemas/verification.suggested.v1.json"));
        given().when().get("/asyncapi.yaml").then().statusCode(200)
                .body(startsWith("asyncapi: 3.0.0"));
    }
}
