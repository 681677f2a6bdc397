package nl.schaalsprong.typology.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.typology.service.ComparabilityIndex;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Values are stored per buurt, figure and source year; a search compares each buurt's newest value unless its basis
 * pins a year. One figure with two years that rank three buurten differently: the default follows the newest year, a
 * basis pinned to the older year follows that one, and says so.
 */
@QuarkusTest
class PinnedYearTest {

    private static final Map<String, Object> SOURCE = Map.of("publisher", "Testbron", "table", "twee jaren",
            "licence", "CC BY 4.0", "attribution", "Bron: test");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ComparabilityIndex index;

    @Test
    void aBasisPinnedToAnOlderYearComparesOnThatYearAndSaysSo() throws Exception {
        NationalFile.ensureImported();
        List<String> codes = new String(NationalFile.bytes(), StandardCharsets.UTF_8).lines().skip(1).limit(3)
                .map(line -> line.split(",")[0].replace("\"", "")).toList();
        String a = codes.get(0);
        String b = codes.get(1);
        String c = codes.get(2);
        try {
            // 2020: b is a's twin; 2023 (newest): c is.
            importYear(2020, a + ",10\n" + b + ",10.5\n" + c + ",50\n");
            importYear(2023, a + ",10\n" + b + ",50\n" + c + ",10.5\n");
            given().when().get("/api/v1/figures/PROEF_JAARCIJFER").then().statusCode(200)
                    .body("years", equalTo(List.of(2023, 2020)));

            String newest = basis("jaarcijfer-nieuwste", Map.of("dimension", "PROEF_JAARCIJFER", "weight", 1));
            comparable("jaarcijfer-nieuwste", newest, a).body("comparable[0].code", equalTo(c))
                    .body("pinnedYears", equalTo(Map.of()));

            String pinned = basis("jaarcijfer-2020",
                    Map.of("dimension", "PROEF_JAARCIJFER", "weight", 1, "year", 2020));
            given().when().get("/api/v1/comparability-bases/jaarcijfer-2020/versions/" + pinned).then()
                    .statusCode(200).body("weights[0].dimension", equalTo("PROEF_JAARCIJFER"))
                    .body("weights[0].year", equalTo(2020));
            given().when().get("/api/v1/comparability-bases/jaarcijfer-nieuwste/versions/" + newest).then()
                    .statusCode(200).body("weights[0].year", nullValue());
            comparable("jaarcijfer-2020", pinned, a).body("comparable[0].code", equalTo(b))
                    .body("pinnedYears.PROEF_JAARCIJFER", equalTo(2020))
                    .body("comparable[0].contributions[0].dimension", equalTo("PROEF_JAARCIJFER__2020"))
                    .body("comparable[0].contributions[0].otherValue", equalTo(10.5f));

            // A year without values, and a derived dimension, cannot be pinned: 422 naming the figure and the years.
            steward().body(Map.of("name", "jaarcijfer-2019", "weights",
                            List.of(Map.of("dimension", "PROEF_JAARCIJFER", "weight", 1, "year", 2019))))
                    .when().post("/api/v1/comparability-bases").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString("PROEF_JAARCIJFER has no values of 2019; stored years: 2023, 2020"));
            steward().body(Map.of("name", "afgeleid-2020", "weights",
                            List.of(Map.of("dimension", "LOG_BEVOLKINGSDICHTHEID", "weight", 1, "year", 2020))))
                    .when().post("/api/v1/comparability-bases").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString("LOG_BEVOLKINGSDICHTHEID is derived; only a figure can be pinned"));
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("delete from figure_value where figure_key = 'PROEF_JAARCIJFER'");
            }
            index.reload();
        }
    }

    private static void importYear(int year, String rows) {
        Map<String, Object> request = Map.of(
                "mapping", Map.of("code", "code", "figures", Map.of("PROEF_JAARCIJFER", "waarde")),
                "figures", List.of(Map.of("key", "PROEF_JAARCIJFER", "title", "Proefcijfer over twee jaren",
                        "kind", "NUMERIC", "aggregation", "WEIGHTED_BY_DWELLINGS", "source", SOURCE)),
                "csv", "code,waarde\n" + rows);
        String location = steward().body(request).queryParam("year", year).when().post("/api/v1/imports/mapped")
                .then().statusCode(202).extract().header("Location");
        NationalFile.awaitEnd(location).body("status", equalTo("SUCCEEDED")).body("accepted", equalTo(3));
    }

    private static String basis(String name, Map<String, Object> weight) {
        String version = steward().body(Map.of("name", name, "weights", List.of(weight)))
                .when().post("/api/v1/comparability-bases").then().statusCode(201).extract().path("version")
                .toString();
        steward().when().post("/api/v1/comparability-bases/" + name + "/versions/" + version + "/publish").then()
                .statusCode(200);
        return version;
    }

    private static ValidatableResponse comparable(String basis, String version, String code) {
        return given().queryParam("basis", basis).queryParam("basisVersion", version).queryParam("limit", 1)
                .queryParam("explain", true).when().get("/api/v1/neighbourhoods/" + code + "/comparable").then()
                .statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification steward() {
        return given().header("Authorization", TestTokens.bearer("steward")).contentType("application/json");
    }
}
