package nl.schaalsprong.typology.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.platform.csv.CsvAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparisons the dashboard charts answer {@code Accept: text/csv} with the rows the JSON answer ranks, so a
 * chart's download is the API's own: comparable buurten, wijken and gemeenten, and a pair's per-dimension explanation.
 */
@QuarkusTest
class ComparableCsvTest {

    private static final String BUURT = "BU01630408";

    @BeforeEach
    void nationalFileImported() {
        NationalFile.ensureImported();
    }

    @Test
    void comparableBuurtenAsCsvAreTheRankedBuurtenOfTheJson() {
        String path = "/api/v1/neighbourhoods/" + BUURT + "/comparable";
        List<String> json = given().queryParam("limit", 10).when().get(path).then().statusCode(200)
                .extract().jsonPath().getList("comparable.code");
        List<String> lines = csv(given().queryParam("limit", 10), path);
        assertEquals(ComparableNeighbourhoodsCsv.HEADER, lines.get(0));
        assertEquals(json, lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList());
        String[] first = lines.get(1).split(",", -1);
        assertTrue(Double.parseDouble(first[3]) > 0 && Double.parseDouble(first[3]) <= 1, lines.get(1));
        assertEquals("5", first[4], "every dimension compared: " + lines.get(1));
    }

    @Test
    void aPairAsCsvIsOneRowPerDimensionLargestContributionFirst() {
        String other = given().queryParam("limit", 1).when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable")
                .then().statusCode(200).extract().path("comparable[0].code");
        String path = "/api/v1/neighbourhoods/" + BUURT + "/comparable/" + other;
        List<String> dimensions = given().when().get(path).then().statusCode(200)
                .extract().jsonPath().getList("other.contributions.dimension");
        List<String> lines = csv(given(), path);
        assertEquals(NeighbourhoodPairCsv.HEADER, lines.get(0));
        assertEquals(dimensions, lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList());
        assertEquals(5, dimensions.size());
    }

    @Test
    void comparableWijkenAndGemeentenAsCsv() {
        List<String> wijken = csv(given().queryParam("limit", 5), "/api/v1/wijken/WK001410/comparable");
        assertEquals(List.of(6, "code,name,gemeenteCode,gemeenteName,inhabitants,similarity,comparedDimensions,"
                + "missingWeight,differsMostOn,proeftuin,proeftuinBuurten"), List.of(wijken.size(), wijken.get(0)));
        assertTrue(wijken.subList(1, 6).stream().allMatch(l -> l.startsWith("WK") && l.contains(",GM")), "" + wijken);
        // Each wijk row carries the wijk's name, as the JSON answer does (quoted where a name holds a comma).
        io.restassured.path.json.JsonPath json = given().queryParam("limit", 5)
                .when().get("/api/v1/wijken/WK001410/comparable").then().statusCode(200).extract().jsonPath();
        List<String> codes = json.getList("comparable.code");
        List<String> names = json.getList("comparable.name");
        for (int i = 0; i < 5; i++) {
            assertFalse(names.get(i).isBlank(), "named: " + codes.get(i));
            assertTrue(wijken.get(i + 1).startsWith(codes.get(i) + "," + CsvAnswer.cell(names.get(i)) + ",GM"),
                    wijken.get(i + 1));
        }
        List<String> gemeenten = csv(given(), "/api/v1/gemeenten/GM0014/comparable");
        assertEquals(11, gemeenten.size());
        assertTrue(gemeenten.subList(1, 11).stream().allMatch(l -> l.startsWith("GM")), "" + gemeenten);
    }

    @Test
    void aProblemStaysAProblemWhenCsvIsAsked() {
        given().accept("text/csv").when().get("/api/v1/neighbourhoods/BU99999999/comparable").then()
                .statusCode(404).contentType("application/problem+json");
    }

    private static List<String> csv(io.restassured.specification.RequestSpecification request, String path) {
        String body = request.accept("text/csv").when().get(path).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(body.endsWith("\r\n"), "CRLF rows");
        return body.lines().toList();
    }
}
