package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class LessonResourceTest {

    static final String NEW_LESSON = """
            {"title":"Keukentafelgesprekken verhogen de deelname","text":"70% stemde in.",
             "pilot":"Groningen, Paddepoel en Selwerd","originBuurtCode":"BU00140000"}""";

    static String recordLesson() {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("contributor"))
                .body(NEW_LESSON)
                .when().post("/api/v1/lessons")
                .then().statusCode(201).header("Location", notNullValue())
                .extract().path("id");
    }

    @Test
    void recordsReadsAndTagsALesson() {
        String id = recordLesson();
        given().when().get("/api/v1/lessons/" + id)
                .then().statusCode(200).body("originBuurtCode", equalTo("BU00140000"));
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("contributor"))
                .body("{\"tags\":[\"Participatie/Keukentafelgesprekken\",\"financiering/gebiedsfonds\"]}")
                .when().post("/api/v1/lessons/" + id + "/tags")
                .then().statusCode(200)
                .body("tags", contains("financiering/gebiedsfonds", "participatie/keukentafelgesprekken"));
    }

    @Test
    void invalidInputIsAProblemWithItsFields() {
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("contributor"))
                .body("{\"title\":\"\",\"text\":\"x\",\"pilot\":\"p\",\"originBuurtCode\":\"GM0014\"}")
                .when().post("/api/v1/lessons")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.field", contains("originBuurtCode", "title"));
    }

    @Test
    void unreadableJsonIsAProblem() {
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("contributor"))
                .body("{\"title\": ")
                .when().post("/api/v1/lessons")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void unknownLessonIsA404Problem() {
        given().when().get("/api/v1/lessons/7a1c9d9e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Not found"));
    }

    @Test
    void malformedTagIsA422Problem() {
        String id = recordLesson();
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("contributor"))
                .body("{\"tags\":[\"not a tag!\"]}")
                .when().post("/api/v1/lessons/" + id + "/tags")
                .then().statusCode(422).contentType(startsWith("application/problem+json"));
    }

    @Test
    void writingWithoutATokenIs401AndWithTheWrongRole403() {
        given().contentType(ContentType.JSON).body(NEW_LESSON)
                .when().post("/api/v1/lessons")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("verifier")).body(NEW_LESSON)
                .when().post("/api/v1/lessons")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer not-a-jwt").body(NEW_LESSON)
                .when().post("/api/v1/lessons")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void healthMetricsOpenApiAndEventDocumentsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/lessons/{id}/tags'.post.summary", equalTo("Tag a lesson for transfer"));
        given().when().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("http_server"));
        given().when().get("/schemas/lesson.tagged.v1.json").then().statusCode(200)
                .body("$id", equalTo("https://schaalsprong.nl/schemas/lesson.tagged.v1.json"));
        given().when().get("/asyncapi.yaml").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("nl.schaalsprong.lesson.tagged.v1"));
    }
}
