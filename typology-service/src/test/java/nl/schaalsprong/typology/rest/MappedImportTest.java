package nl.schaalsprong.typology.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.typology.service.ComparabilityIndex;
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

    @Inject
    ComparabilityIndex index;

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

    /**
     * Since issue 10 an import adds new values by COPY and replaces stored ones apart: a changed value replaces the
     * stored one, an emptied cell removes it, an unchanged one is left, and levels holding COPY's special characters
     * (backslash, tab, line break) are stored as written.
     */
    @Test
    void aChangedValueReplacesTheStoredOneAnEmptyCellRemovesItAndLevelsKeepEveryCharacter() throws Exception {
        NationalFile.ensureImported();
        List<String> levels = List.of("warm\\koud", "met\ttab", "twee\nregels", "gewoon");
        Map<String, Object> mapping = Map.of("code", "buurt_code",
                "figures", Map.of("PROEF_GETAL", "getal", "PROEF_SOORT", "soort"));
        List<Map<String, Object>> figures = List.of(
                Map.of("key", "PROEF_GETAL", "title", "Proefgetal", "unit", "aantal", "kind", "NUMERIC",
                        "aggregation", "NOT_AGGREGATABLE", "source", Map.of("publisher", "test", "table", "test",
                                "licence", "CC BY 4.0", "attribution", "test")),
                Map.of("key", "PROEF_SOORT", "title", "Proefsoort", "kind", "CATEGORICAL", "levels", levels,
                        "aggregation", "NOT_AGGREGATABLE", "source", Map.of("publisher", "test", "table", "test",
                                "licence", "CC BY 4.0", "attribution", "test")));
        String first = "buurt_code,getal,soort\nBU03070100,1.5,warm\\koud\nBU03070101,2.5,\"met\ttab\"\n"
                + "BU03070102,-0.25,\"twee\nregels\"\n";
        String second = "buurt_code,getal,soort\nBU03070100,3.5,gewoon\nBU03070101,,\"met\ttab\"\n"
                + "BU03070102,-0.25,\"twee\nregels\"\n";
        try {
            NationalFile.awaitEnd(start(Map.of("mapping", mapping, "figures", figures, "csv", first), "apply-valid")
                    .statusCode(202).extract().header("Location"))
                    .body("status", equalTo("SUCCEEDED")).body("updated", equalTo(3));
            assertEquals("BU03070100 1.5 null|BU03070100 null warm\\koud|BU03070101 2.5 null|BU03070101 null met\ttab"
                    + "|BU03070102 -0.25 null|BU03070102 null twee\nregels", proefValues());

            NationalFile.awaitEnd(start(Map.of("mapping", mapping, "figures", figures, "csv", second), "apply-valid")
                    .statusCode(202).extract().header("Location"))
                    .body("status", equalTo("SUCCEEDED")).body("updated", equalTo(2)).body("unchanged", equalTo(1));
            assertEquals("BU03070100 3.5 null|BU03070100 null gewoon|BU03070101 null met\ttab"
                    + "|BU03070102 -0.25 null|BU03070102 null twee\nregels", proefValues());

            NationalFile.awaitEnd(start(Map.of("mapping", mapping, "figures", figures, "csv", second), "apply-valid")
                    .statusCode(202).extract().header("Location"))
                    .body("status", equalTo("SUCCEEDED")).body("updated", equalTo(0)).body("unchanged", equalTo(3));
        } finally {
            execute("delete from figure_value where figure_key in ('PROEF_GETAL', 'PROEF_SOORT')");
            index.reload();
        }
    }

    /** The stored values of the PROEF_ figures of 2022, as "code number text" in code and figure order. */
    private String proefValues() throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code, numeric_value, text_value from figure_value where year = 2022"
                     + " and figure_key in ('PROEF_GETAL', 'PROEF_SOORT') order by code, figure_key")) {
            while (rs.next()) {
                values.add(rs.getString(1) + " " + rs.getObject(2) + " " + rs.getString(3));
            }
        }
        return String.join("|", values);
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
