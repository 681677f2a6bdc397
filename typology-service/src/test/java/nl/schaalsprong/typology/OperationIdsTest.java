package nl.schaalsprong.typology;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.local.OpenApiOperations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Generated clients name their methods after operationIds: the served document gives every operation its own. */
@QuarkusTest
class OperationIdsTest {

    @Test
    void everyOperationHasAUniqueOperationId() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        assertFalse(paths.isEmpty());
        assertEquals(List.of(), OpenApiOperations.operationIdProblems(paths));
    }
}
