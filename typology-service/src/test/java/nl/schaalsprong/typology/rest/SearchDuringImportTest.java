package nl.schaalsprong.typology.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While an import is applied, every search answers from the old population or from the new one, never from a mix:
 * the comparability snapshot is rebuilt aside and swapped in whole.
 */
@QuarkusTest
class SearchDuringImportTest {

    private static final String BUURT = "BU01630408";

    @Test
    void searchesSeeTheOldOrTheNewPopulationNeverAMix() {
        NationalFile.ensureImported();
        String before = answer();
        byte[] changed = withLargerHouseholds(NationalFile.bytes());
        try {
            String location = NationalFile.startImport(changed, "apply-valid").statusCode(202)
                    .extract().header("Location");
            List<String> seen = new ArrayList<>();
            Instant deadline = Instant.now().plus(NationalFile.IMPORT_TIMEOUT);
            String after = null;
            // Search continuously from before the job ends until the new population is served.
            while (Instant.now().isBefore(deadline)) {
                String now = answer();
                seen.add(now);
                boolean ended = !"RUNNING".equals(NationalFile.job(location).extract().path("status"));
                if (ended && !now.equals(before)) {
                    after = now;
                    break;
                }
            }
            NationalFile.job(location).body("status", equalTo("SUCCEEDED"));
            assertTrue(after != null, "the new population was served within the import timeout");
            assertNotEquals(before, after, "the changed figures change the ranking");
            for (String answer : seen) {
                assertTrue(answer.equals(before) || answer.equals(after),
                        "an answer from a mix of old and new figures: " + answer);
            }
            assertFalse(seen.isEmpty());
        } finally {
            NationalFile.importCsv(NationalFile.bytes()).body("status", equalTo("SUCCEEDED"));
        }
    }

    /** The ranking as one comparable string: codes and similarities in order. */
    private static String answer() {
        io.restassured.path.json.JsonPath json = given().queryParam("limit", 25)
                .when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then().statusCode(200)
                .extract().jsonPath();
        return json.getList("comparable.code", String.class) + " " + json.getList("comparable.similarity", Float.class);
    }

    /**
     * The national file with every unquoted row's average household size (6th column) raised by a different amount
     * per buurt, so the scaled values and the ranking change. Rows with quoted names are left as they are.
     */
    private static byte[] withLargerHouseholds(byte[] national) {
        String[] lines = new String(national, StandardCharsets.UTF_8).split("\n", -1);
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            String[] fields = line.split(",", -1);
            if (!line.contains("\"") && fields.length > 5 && !fields[5].isBlank() && !fields[5].equals(".")
                    && !fields[5].equals("-")) {
                double size = Double.parseDouble(fields[5]) + (i % 7) * 0.1;
                fields[5] = String.format(Locale.ROOT, "%.1f", size);
                line = String.join(",", fields);
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
