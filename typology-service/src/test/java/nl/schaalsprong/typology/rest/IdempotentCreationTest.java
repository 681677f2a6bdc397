package nl.schaalsprong.typology.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Retries of typology-service's creating POSTs are safe with an Idempotency-Key: an import, a basis draft and a
 * typology run are created once per key and body, and the retry gets the first answer (the same job, draft or run).
 * The local run leans on this to import nothing twice when it starts again on kept state.
 */
@QuarkusTest
class IdempotentCreationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRetriedImportGetsTheFirstJobAndStartsNoOther() throws Exception {
        NationalFile.ensureImported();
        String code = firstRow().split(",")[0].replace("\"", "");
        Map<String, Object> request = Map.of(
                "mapping", Map.of("code", "code", "figures", Map.of("PROEF_HERHAALD", "waarde")),
                "figures", List.of(Map.of("key", "PROEF_HERHAALD", "title", "Proefcijfer voor herhaalde imports",
                        "kind", "NUMERIC", "aggregation", "WEIGHTED_BY_DWELLINGS", "source", Map.of("publisher",
                                "Testbron", "table", "herhaald", "licence", "CC BY 4.0", "attribution", "Bron: test"))),
                "csv", "code,waarde\n" + code + ",7\n");
        String key = UUID.randomUUID().toString();
        long jobsBefore = count("select count(*) from import_job");

        ExtractableResponse<Response> first = importMapped(key, request, 2021);
        NationalFile.awaitEnd(first.header("Location")).body("status", equalTo("SUCCEEDED"));
        ExtractableResponse<Response> retry = importMapped(key, request, 2021);

        assertEquals(202, first.statusCode());
        assertEquals(202, retry.statusCode());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.path("id").toString(), retry.path("id").toString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(jobsBefore + 1, count("select count(*) from import_job"), "the retry started no job");

        // The same key for another year is another request: 422, and still no job.
        steward().contentType("application/json").header("Idempotency-Key", key).body(request)
                .queryParam("year", 2022).when().post("/api/v1/imports/mapped").then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("detail", containsString(key));
        assertEquals(jobsBefore + 1, count("select count(*) from import_job"));
    }

    @Test
    void aRetriedCbsFileAndBasisDraftAreCreatedOnce() throws Exception {
        NationalFile.ensureImported();
        String key = UUID.randomUUID().toString();
        // The national file's own header and first row: importing them again changes no stored value.
        List<String> lines = new String(NationalFile.bytes(), StandardCharsets.UTF_8).lines().limit(2).toList();
        String csv = lines.get(0) + "\n" + lines.get(1) + "\n";
        long jobsBefore = count("select count(*) from import_job");
        String first = steward().contentType("text/csv").header("Idempotency-Key", key).body(csv)
                .queryParam("year", 2024).when().post("/api/v1/imports/cbs-kwb").then().statusCode(202)
                .extract().header("Location");
        NationalFile.awaitEnd(first).body("status", equalTo("SUCCEEDED"));
        steward().contentType("text/csv").header("Idempotency-Key", key).body(csv).queryParam("year", 2024)
                .when().post("/api/v1/imports/cbs-kwb").then().statusCode(202).header("Location", equalTo(first));
        assertEquals(jobsBefore + 1, count("select count(*) from import_job"));

        String name = "herhaald-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> basis = Map.of("name", name,
                "weights", List.of(Map.of("dimension", "AANTAL_INWONERS", "weight", 1)));
        String basisKey = UUID.randomUUID().toString();
        String version = steward().contentType("application/json").header("Idempotency-Key", basisKey).body(basis)
                .when().post("/api/v1/comparability-bases").then().statusCode(201).extract().path("version").toString();
        steward().contentType("application/json").header("Idempotency-Key", basisKey).body(basis)
                .when().post("/api/v1/comparability-bases").then().statusCode(201)
                .body("version", equalTo(Integer.parseInt(version)));
        assertEquals(1, count("select count(*) from comparability_basis where name = '" + name + "'"),
                "one draft, not two versions");
        steward().contentType("application/json").header("Idempotency-Key", "met spatie").body(basis)
                .when().post("/api/v1/comparability-bases").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    private static String firstRow() {
        return new String(NationalFile.bytes(), StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
    }

    private static ExtractableResponse<Response> importMapped(String key, Map<String, Object> request, int year) {
        return steward().contentType("application/json").header("Idempotency-Key", key).body(request)
                .queryParam("year", year).when().post("/api/v1/imports/mapped").then().extract();
    }

    private long count(String query) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static io.restassured.specification.RequestSpecification steward() {
        return given().header("Authorization", TestTokens.bearer("steward"));
    }
}
