package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class LessonResourceTest {

    /** Where an error response names its body in the OpenAPI document (platform's ProblemResponses). */
    private static final String PROBLEM = ".content.'application/problem+json'.schema.'$ref'";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Test
    void recordsAndReadsADraftWithItsVersionAsETag() {
        String id = Lessons.record(Lessons.COMPLETE);
        given().header("Authorization", Lessons.contributor()).when().get("/api/v1/lessons/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(0))
                .body("pilot", equalTo("Groningen, Paddepoel en Selwerd"))
                .body("content.originBuurtCodes", contains("BU00140000"))
                .body("content.rightscaling.appliedAt", equalTo("BUURT"))
                .body("content.indicators[0].unit", equalTo("%"))
                .body("content.themes", contains("participatie"));
    }

    @Test
    void aDraftMayBeIncompleteButNeedsATitleAndAProeftuin() {
        Lessons.post("{\"title\":\"Alleen een titel\",\"proeftuinId\":\"" + Lessons.PROEFTUIN + "\"}").statusCode(201)
                .body("status", equalTo("DRAFT"));
        Lessons.post("{\"title\":\"\",\"originBuurtCodes\":[\"GM0014\"]}")
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.field", contains("originBuurtCodes[0].<list element>", "proeftuinId", "title"));
    }

    @Test
    void anUnknownProeftuinOrBuurtIsA422Problem() {
        // A token may name a proeftuin the register does not know; the register decides.
        given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.contributorOf(Lessons.PROEFTUIN, "nergens-nooit"))
                .body(Lessons.COMPLETE.replace(Lessons.PROEFTUIN, "nergens-nooit")).when().post("/api/v1/lessons").then()
                .statusCode(422).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("nergens-nooit"));
        Lessons.post(Lessons.COMPLETE.replace(TypologyStub.ORIGIN, TypologyStub.UNKNOWN))
                .statusCode(422).contentType(startsWith("application/problem+json"))
                .body("detail", containsString(TypologyStub.UNKNOWN));
    }

    @Test
    void typologyDownIsA503ProblemNotASilentAccept() {
        Lessons.post(Lessons.COMPLETE.replace(TypologyStub.ORIGIN, TypologyStub.DOWN))
                .statusCode(503).contentType(startsWith("application/problem+json"))
                .header("Retry-After", equalTo("30"))
                // One problem type for "typology cannot answer" in every service (verification's is the same).
                .body("type", endsWith("/typology-unavailable"))
                .body("detail", containsString("typology-service"));
    }

    @Test
    void rightscalingOutsideItsOwnRangeIsRefused() {
        Lessons.post(Lessons.COMPLETE.replace("\"appliedAt\":\"BUURT\"", "\"appliedAt\":\"NATIONAAL\""))
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("smallest <= appliedAt <= largest"));
    }

    @Test
    void aValueOutsideAVocabularyIsAProblemNamingTheField() {
        Lessons.post(Lessons.COMPLETE.replace("\"MENU\"", "\"MENUX\""))
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("'claimedLayer'"));
        Lessons.post(Lessons.COMPLETE.replace("\"participatie\"]", "\"koken\"]"))
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("'themes[0]'"));
    }

    @Test
    void unreadableJsonIsAProblem() {
        Lessons.post("{\"title\": ").statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void unknownLessonIsA404Problem() {
        given().when().get("/api/v1/lessons/7a1c9d9e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Not found"));
    }

    @Test
    void malformedOrUnknownTagsAre422Problems() {
        String id = Lessons.publish(Lessons.COMPLETE);
        Lessons.tag(id, "[\"not a tag!\"]").statusCode(422).contentType(startsWith("application/problem+json"));
        Lessons.tag(id, "[\"techniek/teleportatie\"]").statusCode(422).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("techniek/teleportatie"));
        Lessons.tag(id, "[\"Techniek/Warmtenet\",\"pilot\"]").statusCode(200)
                .body("tags", contains("pilot", "techniek/warmtenet"));
    }

    @Test
    void writingWithoutATokenIs401AndWithTheWrongRole403() {
        given().contentType(ContentType.JSON).body(Lessons.COMPLETE)
                .when().post("/api/v1/lessons")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("verifier")).body(Lessons.COMPLETE)
                .when().post("/api/v1/lessons")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer not-a-jwt").body(Lessons.COMPLETE)
                .when().post("/api/v1/lessons")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void healthMetricsOpenApiAndEventDocumentsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/lessons/{id}/tags'.post.summary", equalTo("Tag a lesson for transfer"))
                .body("paths.'/api/v1/lessons/{id}/history'.get.summary", equalTo("Every kept version of a lesson"))
                .body("paths.'/api/v1/proeftuinen/{id}/buurten'.put.summary", equalTo("Set the buurten a proeftuin covers"))
                .body("paths.'/api/v1/barriers/{id}'.patch.summary", equalTo("Move a barrier along the policy track"))
                .body("paths.'/api/v1/lessons/{id}/history'.get.responses.'404'" + PROBLEM, equalTo(PROBLEM_SCHEMA))
                .body("components.schemas.Problem.properties.status.type", equalTo("integer"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
        given().when().get("/schemas/lesson.tagged.v1.json").then().statusCode(200)
                .body("$id", equalTo("https://schaalsprong.nl/schemas/lesson.tagged.v1.json"));
        given().when().get("/asyncapi.yaml").then().statusCode(200)
                .body(containsString("nl.schaalsprong.lesson.tagged.v1"));
    }
}
