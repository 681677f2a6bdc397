package nl.schaalsprong.typology.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A third party's file (50 Utrecht buurten, KWB 2022, its own column names; see NOTICE.md beside it) imported
 * through a column mapping into the same figures as a CBS file.
 */
@QuarkusTest
class MappedImportTest {

    private static final String EXCERPT = "/imports/utrecht_prov_buurten_kwb2022_excerpt.csv";
    private static final int EXCERPT_ROWS = 50;
    private static final Map<String, Object> MAPPING = Map.of(
            "code", "buurt_code",
            "name", "regio",
            "gemeenteName", "gm_naam",
            "figures", Map.of("AANTAL_INWONERS", "aantal_inwoners",
                    "GEMIDDELDE_HUISHOUDENSGROOTTE", "gemiddelde_huishoudensgrootte"));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aThirdPartyFileLandsInTheSameFiguresAndAgainChangesNothing() throws Exception {
        NationalFile.ensureImported();
        try {
            String location = start(Map.of("mapping", MAPPING, "csv", excerpt()), "apply-valid")
                    .statusCode(202).body("source", equalTo("MAPPED")).extract().header("Location");
            NationalFile.awaitEnd(location)
                    .body("status", equalTo("SUCCEEDED"))
                    .body("year", equalTo(2022))
                    .body("rowsRead", equalTo(EXCERPT_ROWS))
                    .body("accepted", equalTo(EXCERPT_ROWS))
                    .body("rejected", equalTo(0))
                    .body("created", equalTo(0))
                    .body("updated", equalTo(EXCERPT_ROWS))
                    .body("unplaced", equalTo(0))
                    .body("missingFigures", empty());

            // First data row: ,BU03070100,Amersfoort,Hof,710,...,gemiddelde_huishoudensgrootte 1.4. The 2022 values
            // are stored beside the 2024 ones (nothing is lost); the buurt shows and searches on its newest.
            given().when().get("/api/v1/neighbourhoods/BU03070100").then()
                    .statusCode(200)
                    .body("name", equalTo("Hof"))
                    .body("gemeenteName", equalTo("Amersfoort"))
                    .body("figureHistory.findAll { it.figure == 'AANTAL_INWONERS' }.year", equalTo(List.of(2024, 2022)))
                    .body("figureHistory.find { it.figure == 'AANTAL_INWONERS' && it.year == 2022 }.value",
                            equalTo(710))
                    .body("figureHistory.find { it.figure == 'GEMIDDELDE_HUISHOUDENSGROOTTE' && it.year == 2022 }"
                            + ".value", equalTo(1.4f))
                    .body("figureYears.AANTAL_INWONERS", equalTo(2024))
                    // Not in the mapping, so not in the file: nothing of 2022, and the national figure stays.
                    .body("figureHistory.findAll { it.figure == 'BEVOLKINGSDICHTHEID' }.year", equalTo(List.of(2024)))
                    .body("figures.BEVOLKINGSDICHTHEID", equalTo(10080));
            assertEquals(EXCERPT_ROWS, queryLong("select count(*) from neighbourhood where import_year = 2022"));
            assertEquals(2 * EXCERPT_ROWS, queryLong("select count(*) from figure_value where year = 2022 and figure_key"
                    + " in ('AANTAL_INWONERS', 'GEMIDDELDE_HUISHOUDENSGROOTTE')"));

            String again = start(Map.of("mapping", MAPPING, "csv", excerpt()), "all-or-nothing")
                    .statusCode(202).extract().header("Location");
            NationalFile.awaitEnd(again)
                    .body("status", equalTo("SUCCEEDED"))
                    .body("updated", equalTo(0))
                    .body("unchanged", equalTo(EXCERPT_ROWS));
        } finally {
            // Other test classes expect the national 2024 names and no other years: put back exactly the 50 buurten
            // changed here.
            execute("delete from figure_value where year = 2022 and figure_key in ('AANTAL_INWONERS', "
                    + "'GEMIDDELDE_HUISHOUDENSGROOTTE')");
            NationalFile.importCsv(NationalFile.bytes())
                    .body("status", equalTo("SUCCEEDED"))
                    .body("created", equalTo(0))
                    .body("updated", equalTo(EXCERPT_ROWS));
        }
    }

    @Test
    void aHeaderWithoutAMappedColumnIsRefusedWhole() {
        start(Map.of("mapping", MAPPING, "csv", "buurt_code,gm_naam,aantal_inwoners\nBU03070100,Amersfoort,710\n"),
                "apply-valid")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("regio"))
                .body("detail", containsString("gemiddelde_huishoudensgrootte"));
    }

    @Test
    void aFigureThatIsNeitherKnownNorDeclaredIsRefused() {
        Map<String, Object> mapping = Map.of("code", "buurt_code", "name", "regio", "gemeenteName", "gm_naam",
                "figures", Map.of("AARDGASVERBRUIK", "aardgasverbruik_m3_gemiddeld"));
        start(Map.of("mapping", mapping, "csv", excerpt()), "apply-valid")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("figure 'AARDGASVERBRUIK' (mapped to column "
                        + "'aardgasverbruik_m3_gemiddeld') is not in the figure catalogue"));
    }

    @Test
    void anIncompleteMappingIsABadRequest() {
        // A mapping needs at least the code column (names and figures are optional: a file of figures alone).
        start(Map.of("mapping", Map.of("name", "regio"), "csv", excerpt()), "apply-valid")
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void withoutTheStewardRoleAMappedImportIsForbidden() {
        given().header("Authorization", TestTokens.bearer("reader")).contentType("application/json")
                .body(Map.of("mapping", MAPPING, "csv", excerpt())).queryParam("year", 2022)
                .when().post("/api/v1/imports/mapped")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse start(Map<String, Object> body, String mode) {
        return given().header("Authorization", TestTokens.bearer("steward")).contentType("application/json")
                .body(body).queryParam("year", 2022).queryParam("mode", mode)
                .when().post("/api/v1/imports/mapped")
                .then();
    }

    private static String excerpt() {
        try (InputStream in = MappedImportTest.class.getResourceAsStream(EXCERPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(EXCERPT + " is not on the classpath", e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
