package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class VocabularyResourceTest {

    @Test
    void theThemesAreTheControlledVocabulary() {
        given().when().get("/api/v1/vocabularies/themes").then().statusCode(200)
                .body("code", contains("participatie", "financiering", "techniek", "organisatie", "regelgeving",
                        "communicatie", "planning", "kennis"));
    }

    @Test
    void aStewardExtendsTheComponentsAndLessonsCanThenBeTaggedWithTheNewOne() {
        given().when().get("/api/v1/vocabularies/components").then().statusCode(200)
                .body("code", hasItem("participatie/keukentafelgesprekken"));
        String lesson = Lessons.publish(Lessons.COMPLETE);
        Lessons.tag(lesson, "[\"communicatie/buurtapp\"]").statusCode(422);
        add("{\"code\":\"communicatie/buurtapp\",\"label\":\"Buurtapp\"}", "steward").statusCode(201)
                .body("theme", equalTo("communicatie")).body("label", equalTo("Buurtapp"));
        given().when().get("/api/v1/vocabularies/components").then().body("code", hasItem("communicatie/buurtapp"));
        Lessons.tag(lesson, "[\"communicatie/buurtapp\"]").statusCode(200).body("tags", contains("communicatie/buurtapp"));
    }

    @Test
    void aComponentNeedsAKnownThemeIsAddedOnceAndOnlyByAsteward() {
        add("{\"code\":\"koken/inductie\",\"label\":\"Inductie\"}", "steward").statusCode(422)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("'koken'"));
        add("{\"code\":\"techniek/warmtenet\",\"label\":\"Warmtenet\"}", "steward").statusCode(409)
                .contentType(startsWith("application/problem+json"));
        add("{\"code\":\"techniek/zonneboiler\",\"label\":\"Zonneboiler\"}", "contributor").statusCode(403);
        add("{\"code\":\"techniek/zonneboiler\"}", "steward").statusCode(400);
    }

    @Test
    void aRetriedAdditionWithItsIdempotencyKeyGetsTheFirst201InsteadOfA409() {
        String key = java.util.UUID.randomUUID().toString();
        String code = "techniek/proef-" + key.substring(0, 8);
        String body = "{\"code\":\"" + code + "\",\"label\":\"Proef\"}";
        var first = withKey(key, body).statusCode(201).extract();
        withKey(key, body).statusCode(201).header("Idempotent-Replayed", "true")
                .body("code", equalTo(code)).body("label", equalTo("Proef"));
        // Without the key, the same component again is the conflict it always was; another body under the key a 422.
        add(body, "steward").statusCode(409);
        withKey(key, body.replace("Proef", "Anders")).statusCode(422).contentType(startsWith("application/problem+json"));
        org.junit.jupiter.api.Assertions.assertEquals(code, first.path("code"));
    }

    private static ValidatableResponse withKey(String key, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("steward"))
                .header("Idempotency-Key", key).body(body).when().post("/api/v1/vocabularies/components").then();
    }

    private static ValidatableResponse add(String body, String role) {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(role)).body(body)
                .when().post("/api/v1/vocabularies/components").then();
    }
}
