package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The seeded register equals the copied CSV, row for row and field for field: the SQL seed was generated from
 * it, and this keeps the two from drifting. A blank field must be null, never a guess.
 */
@QuarkusTest
class ProeftuinSeedTest {

    @Test
    void everyCsvRowIsInTheRegisterAsTheSourceSaysIt() throws IOException {
        List<List<String>> rows = csv("/proeftuinen/paw_proeftuinen_partieel.csv");
        assertEquals(List.of("ronde", "jaar_selectie", "gemeente", "wijk_dorp",
                "techniek_warmtestrategie_volgens_bron", "bron_url", "opmerking"), rows.get(0));
        JsonPath register = given().when().get("/api/v1/proeftuinen?size=200").then().statusCode(200).extract().jsonPath();
        assertEquals(rows.size() - 1, register.getInt("total"));
        for (List<String> row : rows.subList(1, rows.size())) {
            String id = nl.schaalsprong.lessons.domain.Proeftuin.slug(row.get(2), blankToNull(row.get(3)));
            Map<String, Object> seeded = register.getMap("items.find { it.id == '" + id + "' }");
            assertNotNull(seeded, "no proeftuin " + id);
            assertEquals(Integer.parseInt(row.get(0)), seeded.get("ronde"), id);
            assertEquals(Integer.parseInt(row.get(1)), seeded.get("selectieJaar"), id);
            assertEquals(row.get(2), seeded.get("gemeente"), id);
            assertEquals(blankToNull(row.get(3)), seeded.get("wijk"), id);
            assertEquals(blankToNull(row.get(4)), seeded.get("warmtestrategie"), id);
            assertEquals(row.get(5), seeded.get("bronUrl"), id);
            assertEquals(blankToNull(row.get(6)), seeded.get("opmerking"), id);
        }
    }

    private static String blankToNull(String field) {
        return field.isBlank() ? null : field;
    }

    /** RFC 4180 as the file uses it: commas, double-quoted fields that may hold commas, no embedded newlines. */
    private static List<List<String>> csv(String resource) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = ProeftuinSeedTest.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> fields = new ArrayList<>();
                StringBuilder field = new StringBuilder();
                boolean quoted = false;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = !quoted;
                    } else if (c == ',' && !quoted) {
                        fields.add(field.toString());
                        field.setLength(0);
                    } else {
                        field.append(c);
                    }
                }
                fields.add(field.toString());
                rows.add(fields);
            }
        }
        return rows;
    }
}
