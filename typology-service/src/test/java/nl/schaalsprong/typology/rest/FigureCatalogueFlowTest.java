package nl.schaalsprong.typology.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.typology.service.ComparabilityIndex;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * Figures are data: files the other tests never use go in through the mapping API alone, declaring their figures,
 * and what they bring is compared on with its sources. See src/test/resources/imports/NOTICE.md and the shipped
 * energy files' NOTICE.md.
 */
@QuarkusTest
class FigureCatalogueFlowTest {

    /** The province of Utrecht's file, gemeenten Houten, Nieuwegein and IJsselstein: 130 rows, 12 codes of 2022 only. */
    private static final String UTRECHT = "/imports/utrecht_energie2021_houten_nieuwegein_ijsselstein.csv";
    private static final Map<String, Object> SOURCE = Map.of("publisher", "CBS, bewerkt door derden",
            "table", "Provincie Utrecht buurten KWB 2022 en energie 2021", "licence", "CC BY 4.0",
            "attribution", "Bron: CBS, bewerkt door derden");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ComparabilityIndex index;

    @Test
    void aThirdFileGoesInThroughTheMappingAloneAndABasisOnItsCategoricalColumnRanksSharersFirst() throws Exception {
        NationalFile.ensureImported();
        Map<String, Object> request = Map.of(
                "mapping", Map.of("code", "buurt_code", "figures", Map.of(
                        "GEMEENTE_UTRECHT_2022", "gm_naam",
                        "AANDEEL_KOOPWONINGEN_2022", Map.of("column", "koopwoning_percentage", "percentage", true),
                        "AARDGASVERBRUIK_GEMIDDELD", "aardgasverbruik_m3_gemiddeld")),
                "figures", List.of(
                        Map.of("key", "GEMEENTE_UTRECHT_2022", "title", "Gemeente (indeling 2022)",
                                "kind", "CATEGORICAL", "levels", List.of("Houten", "Nieuwegein", "IJsselstein"),
                                "aggregation", "NOT_AGGREGATABLE", "source", SOURCE),
                        Map.of("key", "AANDEEL_KOOPWONINGEN_2022", "title", "Aandeel koopwoningen",
                                "unit", "aandeel van de woningen (0..1)", "kind", "NUMERIC", "minimum", 0,
                                "aggregation", "WEIGHTED_BY_DWELLINGS", "source", SOURCE),
                        Map.of("key", "AARDGASVERBRUIK_GEMIDDELD", "title", "Gemiddeld aardgasverbruik",
                                "unit", "m³ per woning per jaar", "kind", "NUMERIC", "minimum", 0,
                                "aggregation", "WEIGHTED_BY_DWELLINGS", "source", SOURCE)),
                "csv", resource(UTRECHT));
        try {
            String location = mapped(request, 2022).statusCode(202).extract().header("Location");
            NationalFile.awaitEnd(location)
                    .body("status", equalTo("SUCCEEDED"))
                    .body("rowsRead", equalTo(130))
                    .body("accepted", equalTo(130))
                    .body("created", equalTo(0))
                    .body("updated", equalTo(118))
                    .body("unplaced", equalTo(12))
                    .body("unplacedCodes", hasSize(12))
                    .body("unplacedCodes", hasItem("BU03211050"));
            NationalFile.job(location + "/unplaced?size=5").body("total", equalTo(12)).body("items", hasSize(5));

            given().when().get("/api/v1/figures/AANDEEL_KOOPWONINGEN_2022").then().statusCode(200)
                    .body("kind", equalTo("NUMERIC")).body("publisher", equalTo("CBS, bewerkt door derden"))
                    .body("attribution", equalTo("Bron: CBS, bewerkt door derden")).body("years", equalTo(List.of(2022)));
            // Houten's first buurt in the file: koopwoning_percentage 83.0, declared a percentage, held as 0.83.
            String houten = firstPlaced("Houten");
            given().when().get("/api/v1/neighbourhoods/" + houten).then().statusCode(200)
                    .body("figures.GEMEENTE_UTRECHT_2022", equalTo("Houten"))
                    .body("figureYears.AANDEEL_KOOPWONINGEN_2022", equalTo(2022));

            // The same file and year again changes nothing.
            NationalFile.awaitEnd(mapped(request, 2022).statusCode(202).extract().header("Location"))
                    .body("status", equalTo("SUCCEEDED")).body("updated", equalTo(0)).body("unchanged", equalTo(118))
                    .body("unplaced", equalTo(12));

            String version = basis("utrecht-gemeente", List.of(
                    Map.of("dimension", "GEMEENTE_UTRECHT_2022", "weight", 3),
                    Map.of("dimension", "AARDGASVERBRUIK_GEMIDDELD", "weight", 1)));
            given().queryParam("basis", "utrecht-gemeente").queryParam("basisVersion", version)
                    .queryParam("limit", 20)
                    .when().get("/api/v1/neighbourhoods/" + houten + "/comparable").then().statusCode(200)
                    .body("comparable", hasSize(20))
                    .body("comparable.code", everyItem(startsWith("BU0321")))
                    .body("comparable.gemeenteName", everyItem(equalTo("Houten")))
                    .body("leftOut.belowCoverage", greaterThan(13_000))
                    .body("coverageFloor", equalTo(0.7f))
                    .body("sources.publisher", hasItem("CBS, bewerkt door derden"));
            // A buurt outside the file has neither figure: no honest comparison, and the problem says why.
            given().queryParam("basis", "utrecht-gemeente").queryParam("basisVersion", version)
                    .when().get("/api/v1/neighbourhoods/BU01630408/comparable").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString("has no value on AARDGASVERBRUIK_GEMIDDELD, GEMEENTE_UTRECHT_2022"));
        } finally {
            execute("delete from figure_value where figure_key in ('GEMEENTE_UTRECHT_2022', "
                    + "'AANDEEL_KOOPWONINGEN_2022', 'AARDGASVERBRUIK_GEMIDDELD')");
            index.reload();
        }
    }

    @Test
    void badDeclarationsAndFilesAreRefusedNamingTheKeyAndNothingIsStored() throws Exception {
        NationalFile.ensureImported();
        Map<String, Object> numericStedelijkheid = Map.of("key", "STEDELIJKHEID", "title", "Stedelijkheid",
                "kind", "NUMERIC", "aggregation", "NOT_AGGREGATABLE", "source", SOURCE);
        mapped(Map.of("mapping", Map.of("code", "c", "figures", Map.of("STEDELIJKHEID", "s")),
                "figures", List.of(numericStedelijkheid), "csv", "c,s\nBU01630408,3\n"), 2022)
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("figure 'STEDELIJKHEID' is already in the catalogue as ORDINAL"));
        mapped(Map.of("mapping", Map.of("code", "c"), "csv", "c,s\n"), 2022)
                .statusCode(422).body("detail", containsString("header but no rows"));
        Map<String, Object> declared = Map.of("key", "NIEUW_CIJFER", "title", "Nieuw", "kind", "NUMERIC",
                "aggregation", "SUM", "source", SOURCE);
        mapped(Map.of("mapping", Map.of("code", "c", "figures", Map.of("NIEUW_CIJFER", "ontbreekt")),
                "figures", List.of(declared), "csv", "c,s\nBU01630408,3\n"), 2022)
                .statusCode(422).body("detail", containsString("lacks the mapped column(s) [ontbreekt]"));
        given().when().get("/api/v1/figures/NIEUW_CIJFER").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("steward")).contentType("application/json")
                .body(Map.of("name", "onbekend-cijfer", "weights", List.of(Map.of("dimension", "BESTAAT_NIET", "weight", 1))))
                .when().post("/api/v1/comparability-bases").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("'BESTAAT_NIET'"));
    }

    @Test
    void theShippedEnergyFilesGoInWithTheirSourcesAndTheHeatBasisComparesOnThem() throws Exception {
        NationalFile.ensureImported();
        for (String spec : List.of("/energie/cbs_hoofdverwarming_woningen_buurt_2021.import.json",
                "/energie/pbl_startanalyse_warmtevraag_weq_buurt.import.json")) {
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(resource(spec));
            var body = (com.fasterxml.jackson.databind.node.ObjectNode) json.get("request").deepCopy();
            body.put("csv", resource("/energie/" + json.get("file").asText()));
            String location = mapped(body.toString(), json.get("year").asInt()).statusCode(202).extract()
                    .header("Location");
            NationalFile.awaitEnd(location).body("status", equalTo("SUCCEEDED")).body("unplaced", greaterThan(0));
        }
        given().when().get("/api/v1/figures").then().statusCode(200)
                .body("key", hasItems("AANDEEL_STADSVERWARMING", "AANDEEL_ALL_ELECTRIC", "AANDEEL_GASVERWARMING",
                        "WARMTEVRAAG_PER_WEQ", "WONINGEN"))
                .body("find { it.key == 'AANDEEL_STADSVERWARMING' }.attribution", equalTo("Bron: CBS"))
                .body("find { it.key == 'AANDEEL_STADSVERWARMING' }.years", equalTo(List.of(2021)))
                .body("find { it.key == 'WARMTEVRAAG_PER_WEQ' }.attribution",
                        equalTo("Bron: PBL, Startanalyse aardgasvrije buurten"));
        // Paddepoel-Zuid (Groningen): 11% district heating, 8% all-electric in 2021.
        given().when().get("/api/v1/neighbourhoods/BU00141001").then().statusCode(200)
                .body("figures.AANDEEL_STADSVERWARMING", equalTo(0.11f))
                .body("figures.WARMTEVRAAG_PER_WEQ", equalTo(40));
        given().header("Authorization", TestTokens.bearer("steward")).contentType("application/json")
                .body(resource("/energie/log-woningen.dimension.json")).when().post("/api/v1/dimensions")
                .then().statusCode(org.hamcrest.Matchers.oneOf(201, 422));
        String basis = resource("/energie/warmte-en-wonen.basis.json");
        String version = given().header("Authorization", TestTokens.bearer("steward")).contentType("application/json")
                .body(basis).when().post("/api/v1/comparability-bases").then().statusCode(201)
                .extract().path("version").toString();
        publish("warmte-en-wonen", version);
        given().queryParam("basis", "warmte-en-wonen").queryParam("basisVersion", version).queryParam("limit", 5)
                .when().get("/api/v1/neighbourhoods/BU00141001/comparable").then().statusCode(200)
                .body("comparable", hasSize(5))
                .body("sources.attribution", hasItems("Bron: CBS", "Bron: PBL, Startanalyse aardgasvrije buurten"))
                .body("leftOut.total", greaterThan(0));
    }

    /** CBS's list of every buurt of 2024 registers the 757 the figures file left out, by code and name. */
    @Test
    void everyBuurtOf2024IsRegisteredByNameWithItsWijkAndGemeente() throws Exception {
        NationalFile.ensureImported();
        Map<String, Object> request = Map.of("mapping", Map.of("code", "Identifier", "name", "Title"),
                "csv", resource("/cbs/cbs_buurtnamen_2024_85984NED.csv"));
        try {
            NationalFile.awaitEnd(mapped(request, 2024).statusCode(202).extract().header("Location"))
                    .body("status", equalTo("SUCCEEDED"))
                    .body("rowsRead", equalTo(14_574))
                    .body("created", equalTo(757))
                    .body("updated", equalTo(0))
                    .body("unchanged", equalTo(NationalFile.ROWS))
                    .body("unplaced", equalTo(0))
                    .body("rejected", equalTo(0));
            given().when().get("/api/v1/neighbourhoods/BU00140007").then().statusCode(200)
                    .body("name", equalTo("UMCG")).body("wijkCode", equalTo("WK001400"))
                    .body("gemeenteCode", equalTo("GM0014")).body("gemeenteName", equalTo("Groningen"))
                    .body("figures", equalTo(Map.of()));
            // A name with a diacritic reads the same from both files (one of the 81 such names).
            given().when().get("/api/v1/neighbourhoods/BU16817901").then().statusCode(200)
                    .body("name", equalTo("1e Exloërmond"));
            given().when().get("/api/v1/neighbourhoods/BU0363AD01").then().statusCode(200)
                    .body("gemeenteName", equalTo("Amsterdam")).body("wijkCode", equalTo("WK0363AD"));
            // Known, but without figures no comparison with it is honest: 422 naming what it lacks.
            given().when().get("/api/v1/neighbourhoods/BU00140007/comparable").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString("has no value on LOG_BEVOLKINGSDICHTHEID"));
            NationalFile.awaitEnd(mapped(request, 2024).statusCode(202).extract().header("Location"))
                    .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(14_574));
        } finally {
            // Other test classes count the national file's buurten: remove exactly the ones registered here.
            String[] national = new String(NationalFile.bytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.substring(0, l.indexOf(','))).toArray(String[]::new);
            try (Connection c = dataSource.getConnection(); var delete = c.prepareStatement(
                    "delete from neighbourhood where not (code = any(?))")) {
                delete.setArray(1, c.createArrayOf("varchar", national));
                delete.executeUpdate();
            }
            NationalFile.importCsv(NationalFile.bytes()).body("status", equalTo("SUCCEEDED"));
            index.reload();
        }
    }

    private static ValidatableResponse mapped(Object body, int year) {
        return given().header("Authorization", TestTokens.bearer("steward")).contentType("application/json")
                .body(body).queryParam("year", year).when().post("/api/v1/imports/mapped").then();
    }

    private static String basis(String name, List<Map<String, Object>> weights) {
        String version = given().header("Authorization", TestTokens.bearer("steward")).contentType("application/json")
                .body(Map.of("name", name, "weights", weights)).when().post("/api/v1/comparability-bases")
                .then().statusCode(201).extract().path("version").toString();
        publish(name, version);
        return version;
    }

    private static void publish(String name, String version) {
        given().header("Authorization", TestTokens.bearer("steward"))
                .when().post("/api/v1/comparability-bases/" + name + "/versions/" + version + "/publish")
                .then().statusCode(200);
    }

    /** The first code of {@code gemeente} in the Utrecht slice that is a buurt of 2024. */
    private static String firstPlaced(String gemeente) {
        String national = new String(NationalFile.bytes(), StandardCharsets.UTF_8);
        return resource(UTRECHT).lines().skip(1).map(l -> l.split(","))
                .filter(f -> f[2].equals(gemeente) && national.contains("\n" + f[1] + ","))
                .map(f -> f[1]).findFirst().orElseThrow();
    }

    private static String resource(String name) {
        try (InputStream in = FigureCatalogueFlowTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(name + " is not on the classpath", e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
