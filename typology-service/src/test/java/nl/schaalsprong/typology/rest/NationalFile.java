package nl.schaalsprong.typology.rest;

import io.restassured.http.ContentType;
import nl.schaalsprong.local.TestTokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static io.restassured.RestAssured.given;

/** The real national CBS KWB 2024 buurt file shipped with the service, and importing it through the API. */
final class NationalFile {

    static final int ROWS = 13_817;
    static final String RESOURCE = "/cbs/cbs_kwb2024_buurten_nl_demografie.csv";

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

    static io.restassured.response.ValidatableResponse importCsv(byte[] csv) {
        return given()
                .header("Authorization", TestTokens.bearer("steward"))
                .contentType("text/csv")
                .body(csv)
                .queryParam("year", 2024)
                .when().post("/api/v1/imports/cbs-kwb")
                .then().contentType(ContentType.JSON);
    }

    /** Tests that read buurten call this; the import is idempotent, so which test class runs first does not matter. */
    static synchronized void ensureImported() {
        if (!imported) {
            importCsv(bytes()).statusCode(200);
            imported = true;
        }
    }
}
