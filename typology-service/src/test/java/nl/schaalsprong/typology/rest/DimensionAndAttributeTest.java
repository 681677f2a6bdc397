package nl.schaalsprong.typology.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** The catalogue, and setting per-buurt attributes through the real API and database. */
@QuarkusTest
class DimensionAndAttributeTest {

    @BeforeEach
    void nationalFileImported() {
        NationalFile.ensureImported();
    }

    @Test
    void theCatalogueDescribesEveryDimensionWithCbsMetadata() {
        given().when().get("/api/v1/dimensions").then().statusCode(200)
                .body("key", hasItems("LOG_BEVOLKINGSDICHTHEID", "STEDELIJKHEID", "AANTAL_INWONERS",
                        "PARTICIPATIE_AANPAK", "WARMTESTRATEGIE", "PROEFTUIN_STATUS"));
        given().when().get("/api/v1/dimensions/STEDELIJKHEID").then().statusCode(200)
                .body("title", equalTo("Mate van stedelijkheid"))
                .body("unit", equalTo("code"))
                .body("description", containsString("omgevingsadressendichtheid"))
                .body("kind", equalTo("ORDINAL"))
                .body("derivation", equalTo("RAW"))
                .body("levels", equalTo(List.of("1", "2", "3", "4", "5")))
                .body("figures", equalTo(List.of("STEDELIJKHEID")))
                .body("sources[0].publisher", equalTo("CBS"))
                .body("sources[0].licence", equalTo("CC BY 4.0"))
                .body("sources[0].attribution", equalTo("Bron: CBS"))
                .body("settable", equalTo(false));
        given().when().get("/api/v1/dimensions/AANDEEL_65_PLUS").then().statusCode(200)
                .body("kind", equalTo("NUMERIC")).body("derivation", equalTo("SHARE"))
                .body("figures", equalTo(List.of("INWONERS_65_OF_OUDER", "AANTAL_INWONERS")))
                .body("sources", hasSize(1))
                .body("sources[0].table", containsString("85984NED"));
        given().when().get("/api/v1/dimensions/INWONERS_65_OF_OUDER").then().statusCode(200)
                .body("title", equalTo("65 jaar of ouder")).body("derivation", equalTo("RAW"));
        given().when().get("/api/v1/dimensions/PROEFTUIN_STATUS").then().statusCode(200)
                .body("kind", equalTo("CATEGORICAL")).body("derivation", equalTo("ASSIGNED"))
                .body("settable", equalTo(true)).body("levels", equalTo(List.of("ja", "nee")));
        given().when().get("/api/v1/dimensions/BESTAAT_NIET").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aStewardSetsAttributesThatShowOnTheBuurtAndInTheSearch() {
        String buurt = "BU19550001";
        set(buurt, "PARTICIPATIE_AANPAK", "keukentafelgesprekken", "steward").statusCode(200)
                .body("dimension", equalTo("PARTICIPATIE_AANPAK")).body("value", equalTo("keukentafelgesprekken"))
                .body("setBy", equalTo("test-user"));
        given().when().get("/api/v1/neighbourhoods/" + buurt).then().statusCode(200)
                .body("attributes.PARTICIPATIE_AANPAK.value", equalTo("keukentafelgesprekken"))
                .body("figures.AANTAL_INWONERS", equalTo(3715));

        // Mark the origin's most comparable buurt as proeftuin: exclude=pilots leaves it out.
        String origin = "BU01630408";
        String best = given().queryParam("limit", 1).when().get("/api/v1/neighbourhoods/" + origin + "/comparable")
                .then().statusCode(200).extract().path("comparable[0].code");
        String wijk = "/api/v1/wijken/WK" + best.substring(2, 8) + "/comparable";
        int proeftuinenBefore = given().when().get(wijk).then().statusCode(200).extract().path("proeftuinBuurten");
        set(best, "PROEFTUIN_STATUS", "ja", "steward").statusCode(200);
        given().when().get(wijk).then().statusCode(200).body("proeftuinBuurten", equalTo(proeftuinenBefore + 1));
        given().queryParam("limit", 5).when().get("/api/v1/neighbourhoods/" + origin + "/comparable").then()
                .statusCode(200).body("comparable[0].code", equalTo(best))
                .body("comparable[0].proeftuin", equalTo(true))
                .body("comparable[1..4].proeftuin", everyItem(equalTo(false)));
        given().queryParam("limit", 5).queryParam("exclude", "pilots")
                .when().get("/api/v1/neighbourhoods/" + origin + "/comparable").then()
                .statusCode(200).body("comparable.code", not(hasItems(best)));
        given().queryParam("limit", 5).queryParam("within", "gemeente")
                .when().get("/api/v1/neighbourhoods/" + origin + "/comparable").then()
                .statusCode(200).body("comparable.code.every { it.startsWith('BU0163') }", equalTo(true));
        set(best, "PROEFTUIN_STATUS", "nee", "steward").statusCode(200);
        given().when().get(wijk).then().statusCode(200).body("proeftuinBuurten", equalTo(proeftuinenBefore));
        given().queryParam("limit", 1).when().get("/api/v1/neighbourhoods/" + origin + "/comparable").then()
                .statusCode(200).body("comparable[0].code", equalTo(best)).body("comparable[0].proeftuin", equalTo(false));
    }

    @Test
    void badValuesUnknownKeysAndRolesAreProblems() {
        set("BU01630408", "WARMTESTRATEGIE", "kolen", "steward").statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("all-electric"));
        set("BU01630408", "STEDELIJKHEID", "2", "steward").statusCode(422).contentType("application/problem+json");
        set("BU01630408", "BESTAAT_NIET", "x", "steward").statusCode(404).contentType("application/problem+json");
        set("BU99999999", "WARMTESTRATEGIE", "hybride", "steward").statusCode(404)
                .contentType("application/problem+json");
        set("BU01630408", "WARMTESTRATEGIE", "hybride", "contributor").statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"value\":\"hybride\"}")
                .when().put("/api/v1/neighbourhoods/BU01630408/attributes/WARMTESTRATEGIE").then().statusCode(401)
                .contentType("application/problem+json");
        given().queryParam("within", "provincie").when().get("/api/v1/neighbourhoods/BU01630408/comparable").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("within"));
    }

    private static io.restassured.response.ValidatableResponse set(String code, String key, String value, String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON)
                .body("{\"value\":\"" + value + "\"}")
                .when().put("/api/v1/neighbourhoods/" + code + "/attributes/" + key).then();
    }
}
