package nl.schaalsprong.typology.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register of areas over the real CBS files of 2024, and wijk and gemeente comparison over the real national
 * buurt figures imported through the API.
 */
@QuarkusTest
class AreaResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void nationalFile() {
        NationalFile.ensureImported();
    }

    @Test
    void paddepoelFindsTheGroningenBuurtenWithTheirWijkAndGemeente() {
        given().queryParam("q", "paddepoel").when().get("/api/v1/areas").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.code", contains("BU00141002", "BU00141001"))
                .body("items.name", contains("Paddepoel-Noord", "Paddepoel-Zuid"))
                .body("items.level", everyItem(equalTo("buurt")))
                .body("items.match", everyItem(equalTo("PREFIX")))
                .body("items[0].wijk.code", equalTo("WK001410"))
                .body("items[0].wijk.name", equalTo("Noordwest"))
                .body("items[0].gemeente.code", equalTo("GM0014"))
                .body("items[0].gemeente.name", equalTo("Groningen"))
                .body("items[0].inhabitants", greaterThan(0));
    }

    @Test
    void accentsCaseAndTheArticleSAreIgnoredAndAGemeenteComesFirst() {
        given().queryParam("q", "s-hertogenbosch").when().get("/api/v1/areas").then()
                .statusCode(200)
                .body("items[0].code", equalTo("GM0796"))
                .body("items[0].name", equalTo("'s-Hertogenbosch"))
                .body("items[0].match", equalTo("EXACT"));
        given().queryParam("q", "SUDWEST FRYSLAN").queryParam("level", "gemeente").when().get("/api/v1/areas").then()
                .statusCode(200)
                .body("items.name", contains("Súdwest-Fryslân"));
        given().queryParam("q", "groningen").when().get("/api/v1/areas").then()
                .statusCode(200)
                .body("items[0].code", equalTo("GM0014"))
                .body("items[0].level", equalTo("gemeente"))
                .body("items[0].gemeente", nullValue());
    }

    @Test
    void findsAWijkByCodeOrNameAndFiltersByLevel() {
        given().queryParam("q", "wk001410").when().get("/api/v1/areas").then()
                .statusCode(200)
                .body("items.code", contains("WK001410"))
                .body("items[0].name", equalTo("Noordwest"))
                .body("items[0].gemeente.name", equalTo("Groningen"));
        // Five wijken are called Noordwest; Groningen's has the most inhabitants.
        given().queryParam("q", "noordwest").when().get("/api/v1/areas").then()
                .statusCode(200)
                .body("items[0].code", equalTo("WK001410"))
                .body("items[0].level", equalTo("wijk"))
                .body("items[0].match", equalTo("EXACT"));
        given().queryParam("q", "haarlemmerbuurt").queryParam("level", "wijk").when().get("/api/v1/areas").then()
                .statusCode(200)
                .body("items.code", contains("WK0363AA"))
                .body("items[0].name", equalTo("Haarlemmerbuurt"))
                .body("items[0].gemeente.name", equalTo("Amsterdam"));
        given().when().get("/api/v1/areas/WK0363EN").then()
                .statusCode(200)
                .body("name", equalTo("Chassébuurt"));
        given().queryParam("q", "groningen").queryParam("level", "buurt").queryParam("size", 200)
                .when().get("/api/v1/areas").then()
                .statusCode(200)
                .body("items.level", everyItem(equalTo("buurt")))
                .body("items.code", not(hasItem("GM0014")));
    }

    @Test
    void pagesThroughOneStableRanking() {
        List<String> all = given().queryParam("q", "kerk").queryParam("size", 200).when().get("/api/v1/areas")
                .then().statusCode(200).extract().path("items.code");
        int total = given().queryParam("q", "kerk").queryParam("size", 200).when().get("/api/v1/areas")
                .then().extract().path("total");
        assertTrue(total > 10, "many buurten have kerk in their name: " + total);
        List<String> second = given().queryParam("q", "kerk").queryParam("page", 1).queryParam("size", 5)
                .when().get("/api/v1/areas").then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(5))
                .body("total", equalTo(total))
                .extract().path("items.code");
        assertEquals(all.subList(5, 10), second);
    }

    @Test
    void aWijkListsItsBuurtenByNameAndABuurtIsAProblem() {
        given().when().get("/api/v1/areas/WK001410/buurten").then()
                .statusCode(200)
                .body("area.code", equalTo("WK001410"))
                .body("area.name", equalTo("Noordwest"))
                .body("area.gemeente.name", equalTo("Groningen"))
                .body("buurten.code", hasItems("BU00141001", "BU00141002"))
                .body("buurten.level", everyItem(equalTo("buurt")))
                .body("buurten.wijk.code", everyItem(equalTo("WK001410")));
        List<String> inGroningen = given().when().get("/api/v1/areas/GM0014/buurten").then()
                .statusCode(200).body("buurten.gemeente.code", everyItem(equalTo("GM0014")))
                .extract().path("buurten.name");
        assertTrue(inGroningen.size() > 100, "Groningen has many buurten, all listed: " + inGroningen.size());
        assertEquals(inGroningen.stream().sorted().toList(), inGroningen, "by name");
        given().when().get("/api/v1/areas/BU00141001/buurten").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
        given().when().get("/api/v1/areas/WK001499/buurten").then()
                .statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void badSearchesAreProblems() {
        for (String[] bad : new String[][]{{"q", "a"}, {"q", "x".repeat(101)}, {"q", "--"}}) {
            given().queryParam(bad[0], bad[1]).when().get("/api/v1/areas").then()
                    .statusCode(400).contentType(PROBLEM).body("detail", containsString("q must"));
        }
        given().when().get("/api/v1/areas").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("q", "paddepoel").queryParam("level", "provincie").when().get("/api/v1/areas").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("buurt, wijk or gemeente"));
        given().queryParam("q", "paddepoel").queryParam("size", 0).when().get("/api/v1/areas").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void everyBuurtOf2024IsKnownAlsoWithoutFigures() {
        given().when().get("/api/v1/areas/BU00140007").then()
                .statusCode(200)
                .body("name", equalTo("UMCG"))
                .body("level", equalTo("buurt"))
                .body("wijk.code", equalTo("WK001400"))
                .body("gemeente.name", equalTo("Groningen"))
                .body("inhabitants", nullValue())
                .body("$", not(hasKey("match")));
        given().when().get("/api/v1/areas/BU0363AD01").then().statusCode(200).body("gemeente.name",
                equalTo("Amsterdam"));
        given().when().get("/api/v1/areas/GM0014").then().statusCode(200).body("inhabitants", greaterThan(200_000));
    }

    @Test
    void unknownAndMalformedCodesAreProblems() {
        given().when().get("/api/v1/areas/BU00149999").then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/areas/WK9999").then().statusCode(400).contentType(PROBLEM);
        given().when().get("/api/v1/areas/XY0014").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void wijkenAreRankedByTheirDerivedValuesWithExplanations() {
        given().queryParam("limit", 5).queryParam("explain", true)
                .when().get("/api/v1/wijken/WK001410/comparable").then()
                .statusCode(200)
                .body("area.code", equalTo("WK001410"))
                .body("area.name", equalTo("Noordwest"))
                .body("area.gemeente.name", equalTo("Groningen"))
                .body("buurten", greaterThan(1))
                .body("basis", equalTo("standaard"))
                .body("values.dimension", hasItems("STEDELIJKHEID", "AANDEEL_65_PLUS"))
                .body("values.coverage", everyItem(greaterThan(0.5f)))
                .body("comparable", hasSize(5))
                .body("comparable.code", everyItem(startsWith("WK")))
                .body("comparable.code", not(hasItem("WK001410")))
                .body("comparable.name", everyItem(not(emptyOrNullString())))
                .body("comparable[0].contributions", hasSize(5))
                .body("comparable[0].gemeente.code", startsWith("GM"));
        List<Float> similarities = given().queryParam("limit", 20).when().get("/api/v1/wijken/WK001410/comparable")
                .then().statusCode(200)
                .body("comparable[0]", not(hasKey("contributions")))
                .extract().path("comparable.similarity");
        for (int i = 1; i < similarities.size(); i++) {
            assertTrue(similarities.get(i - 1) >= similarities.get(i), "ranked by similarity: " + similarities);
        }
        given().queryParam("within", "gemeente").when().get("/api/v1/wijken/WK001410/comparable").then()
                .statusCode(200)
                .body("comparable.code", everyItem(startsWith("WK0014")))
                .body("comparable.gemeente.name", everyItem(equalTo("Groningen")));
    }

    @Test
    void gemeentenAreRankedAmongGemeenten() {
        given().when().get("/api/v1/gemeenten/GM0014/comparable").then()
                .statusCode(200)
                .body("area.name", equalTo("Groningen"))
                .body("comparable", hasSize(10))
                .body("comparable.code", everyItem(startsWith("GM")))
                .body("comparable.name", everyItem(not(nullValue())))
                .body("comparable.gemeente", everyItem(nullValue()));
    }

    @Test
    void badComparisonsAreProblems() {
        given().when().get("/api/v1/wijken/WK0014/comparable").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("limit", 0).when().get("/api/v1/wijken/WK001410/comparable").then()
                .statusCode(400).contentType(PROBLEM);
        given().queryParam("within", "wijk").when().get("/api/v1/wijken/WK001410/comparable").then()
                .statusCode(400).contentType(PROBLEM);
        given().when().get("/api/v1/wijken/WK001499/comparable").then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/gemeenten/GM9999/comparable").then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/gemeenten/GM14/comparable").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("basis", "bestaat-niet").when().get("/api/v1/gemeenten/GM0014/comparable").then()
                .statusCode(404).contentType(PROBLEM);
        // Every buurt of this wijk lacks a complete CBS row: nothing to derive its values from.
        given().when().get("/api/v1/wijken/WK061307/comparable").then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("no buurten with figures"));
    }

    @Test
    void theContractDocumentsTheAreaOperations() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/api/v1/areas'.get.operationId", equalTo("searchAreas"))
                .body("paths.'/api/v1/areas'.get.responses", hasKey("400"))
                .body("paths.'/api/v1/areas/{code}'.get.operationId", equalTo("getArea"))
                .body("paths.'/api/v1/wijken/{code}/comparable'.get.operationId", equalTo("comparableWijken"))
                .body("paths.'/api/v1/gemeenten/{code}/comparable'.get.operationId", equalTo("comparableGemeenten"))
                .body("components.schemas.Area.properties.name.type", equalTo("string"))
                .body("components.schemas.Area.required", hasItem("name"))
                .body("components.schemas.AreaParent.properties.name.type", equalTo("string"))
                .body("components.schemas.ComparableArea.properties.name.type", equalTo("string"))
                .body("components.schemas.Area.properties.level.enum", contains("buurt", "wijk", "gemeente"));
    }
}
