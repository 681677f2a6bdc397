package nl.schaalsprong.typology.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.typology.domain.Kerncijfer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
                    .body("missingFigures", hasItem("Bevolkingsdichtheid"))
                    .body("missingFigures", not(hasItem("AantalInwoners")))
                    .body("missingFigures", hasSize(Kerncijfer.values().length - 2));

            // First data row: ,BU03070100,Amersfoort,Hof,710,...,gemiddelde_huishoudensgrootte 1.4
            given().when().get("/api/v1/neighbourhoods/BU03070100").then()
                    .statusCode(200)
                    .body("name", equalTo("Hof"))
                    .body("gemeenteName", equalTo("Amersfoort"))
                    .body("kerncijfers.aantalInwoners", equalTo(710))
                    .body("kerncijfers.gemiddeldeHuishoudensgrootte", equalTo(1.4f))
                    // Not in the mapping, so not in the file: the national figure stays (nothing is erased).
                    .body("kerncijfers.bevolkingsdichtheid", equalTo(10080));
            assertEquals(EXCERPT_ROWS, queryLong("select count(*) from neighbourhood where import_year = 2022"));

            String again = start(Map.of("mapping", MAPPING, "csv", excerpt()), "all-or-nothing")
                    .statusCode(202).extract().header("Location");
            NationalFile.awaitEnd(again)
                    .body("status", equalTo("SUCCEEDED"))
                    .body("updated", equalTo(0))
                    .body("unchanged", equalTo(EXCERPT_ROWS));
        } finally {
            // Other test classes expect the national 2024 figures: put back exactly the 50 buurten changed here.
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
    void aFigureThatIsNoKerncijferIsRefused() {
        Map<String, Object> mapping = Map.of("code", "buurt_code", "name", "regio", "gemeenteName", "gm_naam",
                "figures", Map.of("AARDGASVERBRUIK", "aardgasverbruik_m3_gemiddeld"));
        start(Map.of("mapping", mapping, "csv", excerpt()), "apply-valid")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("'AARDGASVERBRUIK' is not a CBS figure"));
    }

    @Test
    void anIncompleteMappingIsABadRequest() {
        start(Map.of("mapping", Map.of("code", "buurt_code"), "csv", excerpt()), "apply-valid")
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

    private long queryLong(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
