package nl.schaalsprong.typology.rest;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.local.TestTokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** The real national CBS KWB 2024 buurt file shipped with the service, and importing it through the API. */
final class NationalFile {

    static final int ROWS = 13_817;
    static final String RESOURCE = "/cbs/cbs_kwb2024_buurten_nl_demografie.csv";

    static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(5);

    private static volatile boolean imported;

    private NationalFile() {
    }

    static byte[] bytes() {
        try (InputStream in = NationalFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts an import and returns the POST's answer as is (202 with the job, or a problem). */
    static ValidatableResponse startImport(byte[] csv, String mode) {
        return given()
                .header("Authorization", TestTokens.bearer("steward"))
                // The file is UTF-8; without the charset REST Assured declares ISO-8859-1 for text/*, and the service,
                // which honours the declared charset, would store the 81 buurt names with diacritics garbled.
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .queryParam("year", 2024)
                .queryParam("mode", mode)
                .when().post("/api/v1/imports/cbs-kwb")
                .then();
    }

    /** Imports in mode apply-valid and waits for the job to end; returns the ended job's GET (200). */
    static ValidatableResponse importCsv(byte[] csv) {
        return importCsv(csv, "apply-valid");
    }

    /**
     * Starts an import (checking the 202 and its Location), polls the job until it is no longer RUNNING, and
     * returns the last GET of the job.
     */
    static ValidatableResponse importCsv(byte[] csv, String mode) {
        String location = startImport(csv, mode)
                .statusCode(202)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/v1/imports/[0-9a-f-]{36}$"))
                .body("status", equalTo("RUNNING"))
                .extract().header("Location");
        return awaitEnd(location);
    }

    /** Polls a job until it has ended; the national file takes a few seconds on a busy 2-core machine. */
    static ValidatableResponse awaitEnd(String location) {
        await().atMost(IMPORT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> !"RUNNING".equals(
                job(location).statusCode(200).extract().path("status")));
        return job(location).statusCode(200).contentType(ContentType.JSON);
    }

    static ValidatableResponse job(String location) {
        return given().header("Authorization", TestTokens.bearer("steward")).when().get(location).then();
    }

    /** Tests that read buurten call this; the import is idempotent, so which test class runs first does not matter. */
    static synchronized void ensureImported() {
        if (!imported) {
            importCsv(bytes()).body("status", equalTo("SUCCEEDED"));
            imported = true;
        }
    }
}
