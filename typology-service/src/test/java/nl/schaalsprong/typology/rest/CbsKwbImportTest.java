package nl.schaalsprong.typology.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Imports through the real endpoint into the real database; ordered because each step builds on the last. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CbsKwbImportTest {

    /** Line 2 changes a buurt (816 inhabitants, the national file has 815), line 3 is broken, line 4 is as stored. */
    private static final String ONE_BAD_ROW = "buurtcode,buurtnaam,gemeentenaam,AantalInwoners_5,Bevolkingsdichtheid_34,"
            + "GemiddeldeHuishoudensgrootte_33,HuishoudensMetKinderen_32,HuishoudensTotaal_29,"
            + "MateVanStedelijkheid_122,k_0Tot15Jaar_8,k_15Tot25Jaar_9,k_25Tot45Jaar_10,k_45Tot65Jaar_11,"
            + "k_65JaarOfOuder_12,GeregistreerdeMisdrijven_1,crime_property,crime_violence,crime_vandalism\r\n"
            // line 2: as in the national file but with 816 inhabitants instead of 815
            + "BU01630408,'n Oaln Diek,Hellendoorn,816,2754.0,2.5,135,325,4.0,135,90,210,200,180,34.0,9.0,1.0,7.0\r\n"
            // line 3: a code CBS never issues
            + "BU0163040,Kapot,Hellendoorn,815,2754.0,2.5,135,325,4.0,135,90,210,200,180,34.0,9.0,1.0,7.0\r\n"
            // line 4: exactly as in the national file
            + "BU07660216,'s Gravenmoer,Dongen,2210,985.0,2.2,320,995,5.0,270,215,435,745,545,61.0,15.0,4.0,11.0\r\n";

    @Inject
    AgroalDataSource dataSource;

    @Test
    @Order(1)
    void importsTheNationalFile() throws SQLException {
        NationalFile.importCsv(NationalFile.bytes())
                .body("status", equalTo("SUCCEEDED"))
                .body("source", equalTo("CBS_KWB"))
                .body("mode", equalTo("apply-valid"))
                .body("progress.rowsRead", equalTo(NationalFile.ROWS))
                .body("progress.rowsTotal", equalTo(NationalFile.ROWS))
                .body("finishedAt", notNullValue())
                .body("year", equalTo(2024))
                .body("rowsRead", equalTo(NationalFile.ROWS))
                .body("accepted", equalTo(NationalFile.ROWS))
                .body("rejected", equalTo(0))
                .body("rejections", empty())
                .body("missingFigures", empty());

        assertEquals(NationalFile.ROWS, queryLong("select count(*) from neighbourhood"));
        // README of the data: every one of the 342 gemeenten of 2024 has buurten in the file.
        assertEquals(342, queryLong("select count(distinct gemeente_code) from neighbourhood"));
        assertEquals(342, queryLong("select count(distinct gemeente_naam) from neighbourhood"));
        // The hierarchy is derived from the codes: each gemeente code carries exactly one gemeente name.
        assertEquals(0, queryLong("select count(*) from (select gemeente_code from neighbourhood "
                + "group by gemeente_code having count(distinct gemeente_naam) > 1) g"));
        assertEquals(0, queryLong("select count(*) from neighbourhood where wijk_code <> 'WK' || substring(code, 3, 6)"
                + " or gemeente_code <> 'GM' || substring(code, 3, 4) or import_year <> 2024"));

        given().when().get("/api/v1/neighbourhoods/BU19550001").then()
                .statusCode(200)
                .body("name", equalTo("'s-Heerenberg, oostelijke uitbreiding"))
                .body("wijkCode", equalTo("WK195500"))
                .body("gemeenteCode", equalTo("GM1955"))
                .body("gemeenteName", equalTo("Montferland"))
                .body("figures.AANTAL_INWONERS", equalTo(3715))
                .body("figures.GEMIDDELDE_HUISHOUDENSGROOTTE", equalTo(2.2f))
                .body("figures.STEDELIJKHEID", equalTo("4"))
                .body("figureYears.AANTAL_INWONERS", equalTo(2024));
        // Amsterdam's wijk part is letters since 2022; the hierarchy still follows from the code.
        given().when().get("/api/v1/neighbourhoods/BU0363AF03").then()
                .statusCode(200)
                .body("name", equalTo("Scheepvaarthuisbuurt"))
                .body("wijkCode", equalTo("WK0363AF"))
                .body("gemeenteCode", equalTo("GM0363"))
                .body("gemeenteName", equalTo("Amsterdam"));
    }

    @Test
    @Order(2)
    void importingTheSameFileAgainChangesNothing() throws SQLException {
        String before = tableDigest();

        NationalFile.importCsv(NationalFile.bytes())
                .body("status", equalTo("SUCCEEDED"))
                .body("rowsRead", equalTo(NationalFile.ROWS))
                .body("accepted", equalTo(NationalFile.ROWS))
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(NationalFile.ROWS));

        assertEquals(before, tableDigest(), "not a single column, updated_at included, may change");
    }

    @Test
    @Order(3)
    void aMalformedRowIsRejectedWithItsLineWhileValidRowsAreApplied() throws SQLException {

        NationalFile.importCsv(ONE_BAD_ROW.getBytes(StandardCharsets.UTF_8), "apply-valid")
                .body("status", equalTo("SUCCEEDED"))
                .body("rowsRead", equalTo(3))
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(1))
                .body("created", equalTo(0))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1))
                .body("rejections.line", contains(3))
                .body("rejections[0].reason", containsString("'BU0163040' is not a valid buurt code"));
        given().when().get("/api/v1/neighbourhoods/BU01630408").then()
                .statusCode(200).body("figures.AANTAL_INWONERS", equalTo(816));
        assertEquals(0, queryLong("select count(*) from neighbourhood where code = 'BU0163040'"));

        // The national file puts it back, and says it changed exactly that one buurt.
        NationalFile.importCsv(NationalFile.bytes())
                .body("status", equalTo("SUCCEEDED"))
                .body("created", equalTo(0))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(NationalFile.ROWS - 1));
        given().when().get("/api/v1/neighbourhoods/BU01630408").then()
                .statusCode(200).body("figures.AANTAL_INWONERS", equalTo(815));
    }

    @Test
    @Order(4)
    void allOrNothingWithOneBadRowAppliesNothing() throws SQLException {
        String before = tableDigest();

        NationalFile.importCsv(ONE_BAD_ROW.getBytes(StandardCharsets.UTF_8), "all-or-nothing")
                .body("status", equalTo("REJECTED"))
                .body("mode", equalTo("all-or-nothing"))
                .body("rowsRead", equalTo(3))
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(1))
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(0))
                .body("rejections.line", contains(3))
                .body("rejections[0].reason", containsString("'BU0163040' is not a valid buurt code"));

        assertEquals(before, tableDigest(), "the valid row with 816 inhabitants must not be stored either");
        given().when().get("/api/v1/neighbourhoods/BU01630408").then()
                .statusCode(200).body("figures.AANTAL_INWONERS", equalTo(815));
    }

    @Test
    @Order(5)
    void allOrNothingWithoutBadRowsAppliesTheFile() throws SQLException {
        String csv = ONE_BAD_ROW.substring(0, ONE_BAD_ROW.indexOf("BU0163040,"))
                + ONE_BAD_ROW.substring(ONE_BAD_ROW.indexOf("BU07660216,"));
        NationalFile.importCsv(csv.getBytes(StandardCharsets.UTF_8), "all-or-nothing")
                .body("status", equalTo("SUCCEEDED"))
                .body("rowsRead", equalTo(2))
                .body("rejected", equalTo(0))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1));
        given().when().get("/api/v1/neighbourhoods/BU01630408").then()
                .statusCode(200).body("figures.AANTAL_INWONERS", equalTo(816));

        NationalFile.importCsv(NationalFile.bytes(), "all-or-nothing")
                .body("status", equalTo("SUCCEEDED"))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(NationalFile.ROWS - 1));
        assertEquals(815, queryLong("select numeric_value from figure_value where code = 'BU01630408'"
                + " and figure_key = 'AANTAL_INWONERS' and year = 2024"));
    }

    @Test
    @Order(6)
    void jobsAreListedNewestFirstAndTheirRejectionsPaged() {
        String location = NationalFile.startImport(ONE_BAD_ROW.getBytes(StandardCharsets.UTF_8), "all-or-nothing")
                .statusCode(202).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        NationalFile.awaitEnd(location).body("status", equalTo("REJECTED"));

        given().header("Authorization", TestTokens.bearer("steward")).queryParam("size", 2)
                .when().get("/api/v1/imports")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(id))
                .body("total", greaterThanOrEqualTo(6));
        given().header("Authorization", TestTokens.bearer("steward"))
                .when().get("/api/v1/imports/" + id + "/rejections")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].line", equalTo(3));
    }

    @Test
    void anUnknownModeIsABadRequest() {
        NationalFile.startImport(NationalFile.bytes(), "some-of-it")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("mode"));
    }

    @Test
    void anUnknownJobIsNotFound() {
        given().header("Authorization", TestTokens.bearer("steward"))
                .when().get("/api/v1/imports/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void readingJobsNeedsAStewardToken() {
        given().when().get("/api/v1/imports/" + UUID.randomUUID())
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("reader"))
                .when().get("/api/v1/imports")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(7)
    void aFileWithoutTheKwbColumnsIsRefusedWhole() {
        given().header("Authorization", TestTokens.bearer("steward")).contentType("text/csv")
                .body("code,naam\nBU01630408,x\n").queryParam("year", 2024)
                .when().post("/api/v1/imports/cbs-kwb")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", containsString("buurtcode"));
    }

    @Test
    @Order(8)
    void theYearIsRequired() {
        given().header("Authorization", TestTokens.bearer("steward")).contentType("text/csv")
                .body(NationalFile.bytes())
                .when().post("/api/v1/imports/cbs-kwb")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("year"));
    }

    @Test
    void withoutATokenAnImportIsUnauthorized() {
        given().contentType("text/csv").body("buurtcode,buurtnaam,gemeentenaam\n").queryParam("year", 2024)
                .when().post("/api/v1/imports/cbs-kwb")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("type", equalTo("https://schaalsprong.nl/problems/unauthorized"));
    }

    @Test
    void withoutTheStewardRoleAnImportIsForbidden() {
        given().header("Authorization", TestTokens.bearer("reader")).contentType("text/csv")
                .body("buurtcode,buurtnaam,gemeentenaam\n").queryParam("year", 2024)
                .when().post("/api/v1/imports/cbs-kwb")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", equalTo("https://schaalsprong.nl/problems/forbidden"));
    }

    /** A digest of every column of every row of the buurten and their figure values, so "nothing changed" is checked. */
    private String tableDigest() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select md5(string_agg(n::text, '|' order by code)) from neighbourhood n"
                     + " union all select md5(string_agg(v::text, '|' order by code, figure_key, year))"
                     + " from figure_value v")) {
            StringBuilder digest = new StringBuilder();
            while (rs.next()) {
                digest.append(rs.getString(1)).append('/');
            }
            return digest.toString();
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
