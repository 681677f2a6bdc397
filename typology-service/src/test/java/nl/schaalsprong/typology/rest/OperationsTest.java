package nl.schaalsprong.typology.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

/** What operators and API clients rely on besides the API itself: health and the published contract. */
@QuarkusTest
class OperationsTest {

    /** Where an error response names its body in the OpenAPI document (platform's ProblemResponses). */
    private static final String PROBLEM = ".content.'application/problem+json'.schema.'$ref'";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Test
    void readyOnceTheDatabaseAndTheComparabilitySnapshotAre() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("comparability-snapshot"))
                .body("checks.find { it.name == 'comparability-snapshot' }.status", equalTo("UP"));
    }

    @Test
    void live() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesTheOpenApiContract() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/neighbourhoods/{code}/comparable"))
                .body("paths", hasKey("/api/v1/neighbourhoods/{code}"))
                .body("paths", hasKey("/api/v1/imports/cbs-kwb"))
                .body("paths.'/api/v1/imports/cbs-kwb'.post.responses", hasKey("403"))
                .body("paths.'/api/v1/imports/cbs-kwb'.post.responses", hasKey("202"))
                .body("paths", hasKey("/api/v1/imports/{id}"))
                .body("paths.'/api/v1/imports/{id}'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/imports/{id}'.get.responses.'404'" + PROBLEM, equalTo(PROBLEM_SCHEMA))
                .body("paths.'/api/v1/imports/cbs-kwb'.post.responses.'403'" + PROBLEM, equalTo(PROBLEM_SCHEMA))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas.ImportJob.properties.status.examples[0]", equalTo("SUCCEEDED"))
                .body("components.schemas.ComparableNeighbourhood.properties.similarity.examples[0]",
                        equalTo(0.9731f))
                // What verification-service's suggestion policy reads, documented with examples.
                .body("components.schemas.ComparableNeighbourhood.properties.proeftuin.examples[0]", equalTo(false))
                .body("components.schemas.ComparableNeighbourhoodType.examples[0].number", equalTo(3))
                .body("components.schemas.ComparableNeighbourhoodType.properties.label.examples[0]",
                        containsString("Type 3"))
                .body("paths.'/api/v1/neighbourhoods/{code}/comparable'.get.parameters.name", hasItem("explain"))
                .body("paths.'/api/v1/imports/cbs-kwb'.post.security[0].bearer", hasItem("steward"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
