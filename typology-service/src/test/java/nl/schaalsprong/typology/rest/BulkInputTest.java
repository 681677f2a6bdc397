package nl.schaalsprong.typology.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.typology.service.ComparabilityIndex;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Steward attributes in bulk through the mapped import (issue 10: the PBL Startanalyse outcome of 120 buurten took
 * 120 PUTs), and bad input refused as problems that name what is wrong, leaving jobs and data as they were.
 */
@QuarkusTest
class BulkInputTest {

    private static final int BUURTEN = 125;
    private static final List<String> UNPLACED = List.of("BU99990001", "BU99990002", "BU99990003");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ComparabilityIndex index;

    @Test
    void aCsvOfCodeAndValueSetsASteward125AttributesInOneRequestWithTheSameReport() throws Exception {
        NationalFile.ensureImported();
        List<String> codes = new String(NationalFile.bytes(), StandardCharsets.UTF_8).lines().skip(6_000)
                .limit(BUURTEN).map(line -> line.split(",")[0].replace("\"", "")).toList();
        StringBuilder csv = new StringBuilder("buurtcode;strategie (PBL)\n");
        for (int i = 0; i < codes.size(); i++) {
            csv.append(codes.get(i)).append(';').append(i % 2 == 0 ? "warmtenet-mt" : "all-electric").append('\n');
        }
        UNPLACED.forEach(code -> csv.append(code).append(";hybride\n"));
        csv.append(codes.get(0).substring(0, 8)).append("99;stadsverwarming\n"); // not a level: rejected, named
        Map<String, Object> request = Map.of("mapping", Map.of("code", "buurtcode",
                "attributes", Map.of("WARMTESTRATEGIE", "strategie")), "csv", csv.toString());
        try {
            String location = mapped(request, "apply-valid").statusCode(202).extract().header("Location");
            NationalFile.awaitEnd(location)
                    .body("status", equalTo("SUCCEEDED"))
                    .body("rowsRead", equalTo(BUURTEN + UNPLACED.size() + 1))
                    .body("accepted", equalTo(BUURTEN + UNPLACED.size()))
                    .body("updated", equalTo(BUURTEN))
                    .body("created", equalTo(0))
                    .body("unplaced", equalTo(UNPLACED.size()))
                    .body("unplacedCodes", equalTo(UNPLACED))
                    .body("rejected", equalTo(1))
                    .body("rejections[0].line", equalTo(BUURTEN + UNPLACED.size() + 2))
                    .body("rejections[0].reason", containsString("column strategie (PBL): 'stadsverwarming' is not "
                            + "a level of WARMTESTRATEGIE"));
            given().when().get("/api/v1/neighbourhoods/" + codes.get(0)).then().statusCode(200)
                    .body("attributes.WARMTESTRATEGIE.value", equalTo("warmtenet-mt"));
            given().when().get("/api/v1/neighbourhoods/" + codes.get(1)).then().statusCode(200)
                    .body("attributes.WARMTESTRATEGIE.value", equalTo("all-electric"));
            assertEquals(BUURTEN, count("select count(*) from neighbourhood_attribute where key = 'WARMTESTRATEGIE'"
                    + " and code = any(array[" + quoted(codes) + "])"));

            // The same file again changes nothing and emits nothing.
            NationalFile.awaitEnd(mapped(request, "apply-valid").statusCode(202).extract().header("Location"))
                    .body("status", equalTo("SUCCEEDED")).body("updated", equalTo(0))
                    .body("unchanged", equalTo(BUURTEN)).body("unplaced", equalTo(UNPLACED.size()));

            // All-or-nothing with the bad row: nothing changes.
            String strict = csv.toString().replace("warmtenet-mt", "groengas");
            NationalFile.awaitEnd(mapped(Map.of("mapping", request.get("mapping"), "csv", strict), "all-or-nothing")
                            .statusCode(202).extract().header("Location"))
                    .body("status", equalTo("REJECTED")).body("rejected", equalTo(1));
            given().when().get("/api/v1/neighbourhoods/" + codes.get(0)).then().statusCode(200)
                    .body("attributes.WARMTESTRATEGIE.value", equalTo("warmtenet-mt"));
        } finally {
            execute("delete from neighbourhood_attribute where key = 'WARMTESTRATEGIE' and code = any(array["
                    + quoted(codes) + "])");
            index.reload();
        }
    }

    @Test
    void badInputIsAProblemNamingWhatIsWrongAndLeavesJobsAndDataAsTheyWere() throws Exception {
        NationalFile.ensureImported();
        long jobs = count("select count(*) from import_job");
        long values = count("select count(*) from figure_value");
        long attributes = count("select count(*) from neighbourhood_attribute");

        // A file above the size limit: 413, naming the limit, before any job.
        byte[] huge = new byte[33 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        problem(given().header("Authorization", TestTokens.bearer("steward")).contentType("text/csv")
                .body(huge).queryParam("year", 2024).when().post("/api/v1/imports/cbs-kwb").then(), 413)
                .body("detail", containsString("at most 32 MB"));
        // An attribute that is none, and one mapped twice.
        problem(mapped(Map.of("mapping", Map.of("code", "c", "attributes", Map.of("WARMTE_STRATEGIE", "s")),
                "csv", "c,s\nBU01630408,hybride\n"), "apply-valid"), 422)
                .body("detail", containsString("'WARMTE_STRATEGIE' (mapping.attributes) is not a steward attribute"));
        problem(mapped(Map.of("mapping", Map.of("code", "c", "attributes", Map.of("WARMTESTRATEGIE", "s"),
                "figures", Map.of("WARMTESTRATEGIE", "s")), "csv", "c,s\nBU01630408,hybride\n"), "apply-valid"), 422)
                .body("detail", containsString("WARMTESTRATEGIE"));
        // Unknown figure key, a figure declared twice with another kind, a file that is empty, one header-only.
        problem(mapped(Map.of("mapping", Map.of("code", "c", "figures", Map.of("ONBEKEND_CIJFER", "x")),
                "csv", "c,x\nBU01630408,1\n"), "apply-valid"), 422)
                .body("detail", containsString("figure 'ONBEKEND_CIJFER' (mapped to column 'x')"));
        Map<String, Object> source = Map.of("publisher", "Test", "table", "t", "licence", "CC BY 4.0",
                "attribution", "Bron: test");
        problem(mapped(Map.of("mapping", Map.of("code", "c", "figures", Map.of("DUBBEL_CIJFER", "x")),
                "figures", List.of(
                        Map.of("key", "DUBBEL_CIJFER", "title", "Dubbel", "kind", "NUMERIC",
                                "aggregation", "SUM", "source", source),
                        Map.of("key", "DUBBEL_CIJFER", "title", "Dubbel", "kind", "CATEGORICAL",
                                "levels", List.of("a", "b"), "aggregation", "NOT_AGGREGATABLE", "source", source)),
                "csv", "c,x\nBU01630408,1\n"), "apply-valid"), 422)
                .body("detail", containsString("figure 'DUBBEL_CIJFER' is declared twice"));
        problem(mapped(Map.of("mapping", Map.of("code", "c", "attributes", Map.of("WARMTESTRATEGIE", "s")),
                "csv", "\uFEFF"), "apply-valid"), 422).body("detail", containsString("the file is empty"));
        problem(mapped(Map.of("mapping", Map.of("code", "c", "attributes", Map.of("WARMTESTRATEGIE", "s")),
                "csv", "c,s\n"), "apply-valid"), 422).body("detail", containsString("header but no rows"));
        // A basis weighting an unknown figure.
        problem(steward().body(Map.of("name", "onbekend", "weights",
                        List.of(Map.of("dimension", "GEEN_CIJFER", "weight", 1))))
                .when().post("/api/v1/comparability-bases").then(), 422)
                .body("detail", containsString("'GEEN_CIJFER' is not in the catalogue"));

        assertEquals(jobs, count("select count(*) from import_job"), "no job was started");
        assertEquals(values, count("select count(*) from figure_value"), "no value changed");
        assertEquals(attributes, count("select count(*) from neighbourhood_attribute"), "no attribute changed");
        given().when().get("/api/v1/figures/DUBBEL_CIJFER").then().statusCode(404);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aCountAbove2To31IsStoredAsItIsAndFailsNoJob() throws Exception {
        // Issue 12's review found a COUNT above 2^31 failing a whole import job (the figures were int columns then);
        // figure values are double precision since the catalogue, exact for whole numbers up to 2^53.
        NationalFile.ensureImported();
        String code = new String(NationalFile.bytes(), StandardCharsets.UTF_8).lines().skip(1).findFirst()
                .orElseThrow().split(",")[0].replace("\"", "");
        Map<String, Object> request = Map.of(
                "mapping", Map.of("code", "code", "figures", Map.of("PROEF_GROOT_AANTAL", "aantal")),
                "figures", List.of(Map.of("key", "PROEF_GROOT_AANTAL", "title", "Proefaantal boven 2^31",
                        "kind", "NUMERIC", "whole", true, "aggregation", "SUM", "source", Map.of("publisher",
                                "Testbron", "table", "groot", "licence", "CC BY 4.0", "attribution", "Bron: test"))),
                "csv", "code,aantal\n" + code + ",3000000000\n");
        String location = mapped(request, "all-or-nothing").statusCode(202).extract().header("Location");
        NationalFile.awaitEnd(location).body("status", equalTo("SUCCEEDED")).body("rejected", equalTo(0));
        given().when().get("/api/v1/neighbourhoods/" + code).then().statusCode(200)
                .body("figures.PROEF_GROOT_AANTAL", equalTo(3_000_000_000L));
    }

    private static ValidatableResponse mapped(Object body, String mode) {
        return steward().body(body).queryParam("year", 2024).queryParam("mode", mode)
                .when().post("/api/v1/imports/mapped").then();
    }

    private static RequestSpecification steward() {
        return given().header("Authorization", TestTokens.bearer("steward")).contentType("application/json");
    }

    private static String quoted(List<String> codes) {
        return String.join(",", codes.stream().map(c -> "'" + c + "'").toList());
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
