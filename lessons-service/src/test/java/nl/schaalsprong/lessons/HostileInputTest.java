package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Input an attacker or a fuzzer sends gets a clear 4xx problem in the client's terms, never a 500, a dropped
 * connection or a Java type name. The guards are the platform's (every service has them); this is where they are
 * shown over HTTP.
 */
@QuarkusTest
class HostileInputTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("detail", allOf(not(containsString("java.")), not(containsString("JsonToken")),
                        not(containsString("`"))));
    }

    @Test
    void aControlCharacterInAPathOrQueryIsA400() {
        problem(given().urlEncodingEnabled(false).when().get("/api/v1/proeftuinen/%00").then(), 400)
                .body("detail", containsString("U+0000"));
        problem(given().urlEncodingEnabled(false).when().get("/api/v1/barriers?proeftuinId=a%00b").then(), 400)
                .body("detail", containsString("'proeftuinId'"));
        problem(given().urlEncodingEnabled(false).when().get("/api/v1/lessons?q=warmte%07pomp").then(), 400);
    }

    @Test
    void aControlCharacterInBodyTextIsA400NamingTheField() {
        problem(Lessons.post(Lessons.COMPLETE.replace("Keukentafelgesprekken verhogen", "Keuken\\u0000tafel")), 400)
                .body("detail", containsString("'title'"))
                .body("detail", containsString("U+0000"));
        problem(Lessons.post(Lessons.COMPLETE.replace("\"gesprekken voeren\"", "\"a\\u0001b\"")), 400)
                .body("detail", containsString("'skills[0].name'"));
        // Line breaks and tabs are text, not control: they stay.
        Lessons.post(Lessons.COMPLETE.replace("Gesprekken thuis", "Gesprekken\\n\\tthuis")).statusCode(201);
    }

    @Test
    void aNumberBeyondAnyFigureIsA400NamingTheFieldAndTheLimit() {
        problem(Lessons.post(Lessons.COMPLETE.replace("\"value\":70", "\"value\":1e200000")), 400)
                .body("detail", containsString("'indicators[0].value'"))
                .body("detail", containsString("1e100"));
        problem(Lessons.post(Lessons.COMPLETE.replace("\"value\":70", "\"value\":1e15")), 400)
                .body("errors[0].field", equalTo("indicators[0].value"))
                .body("errors[0].message", containsString("1e12"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsNamedInJsonTerms() {
        problem(Lessons.post(Lessons.COMPLETE.replace("\"Keukentafelgesprekken verhogen de deelname\"", "[\"x\"]")), 400)
                .body("detail", equalTo("field 'title' could not be read: must be text, not a list"));
        problem(Lessons.post(Lessons.COMPLETE.replace("\"MENU\"", "\"MENUX\"")), 400)
                .body("detail", equalTo("field 'claimedLayer' could not be read: 'MENUX' is not one of GENERIEK, MENU, SPECIFIEK"));
        problem(Lessons.post("{\"title\":"), 400);
    }

    @Test
    void aPageNumberAboveTheIntegerRangeIsA400() {
        problem(given().when().get("/api/v1/proeftuinen?page=3000000000").then(), 400)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", containsString("2147483647"));
    }

    @Test
    void aBodyAboveTheLimitIsA413Problem() {
        String huge = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        problem(given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("contributor"))
                .body(huge).when().post("/api/v1/lessons").then(), 413)
                .body("detail", containsString("1 MB"));
    }

    @Test
    void aHeaderOf70000CharactersIsRefusedAsAProblem() {
        given().header("X-Padding", "x".repeat(70_000)).when().get("/api/v1/proeftuinen")
                .then().statusCode(anyOf(equalTo(431), equalTo(400)))
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aUrlAboveTheLimitIsA414Problem() {
        // 9,000 characters: above HttpLimits' 8192; 70,000: above the server's old 4096 request line too.
        for (int length : new int[] {9_000, 70_000}) {
            problem(given().queryParam("pad", "w".repeat(length)).when().get("/api/v1/proeftuinen").then(), 414)
                    .body("detail", containsString("at most 8192"));
        }
        given().queryParam("pad", "w".repeat(8_000)).when().get("/api/v1/proeftuinen").then().statusCode(200);
    }

    @Test
    void aLessonCarriesABoundedNumberOfTags() {
        String id = Lessons.publish(Lessons.COMPLETE);
        StringBuilder tags = new StringBuilder("[");
        for (int i = 0; i < 50; i++) {
            tags.append(i == 0 ? "" : ",").append("\"vrij").append(i).append('"');
        }
        Lessons.tag(id, tags.append("]").toString()).statusCode(200);
        problem(Lessons.tag(id, "[\"een-te-veel\"]"), 422).body("detail", containsString("50"));
        problem(Lessons.tag(id, "[" + "\"a\",".repeat(50) + "\"b\"]"), 400)
                .body("errors[0].field", equalTo("tags"));
    }
}
