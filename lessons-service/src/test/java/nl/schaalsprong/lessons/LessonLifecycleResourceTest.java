package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The lifecycle over HTTP: legal moves, illegal ones as 409 problems naming from and to, and the quality gate. */
@QuarkusTest
class LessonLifecycleResourceTest {

    @Test
    void aCompleteLessonIsReviewedAndPublished() {
        String id = Lessons.record(Lessons.COMPLETE);
        Lessons.transition(id, "IN_REVIEW", "contributor").statusCode(200).body("status", equalTo("IN_REVIEW"));
        Lessons.transition(id, "PUBLISHED", "steward").statusCode(200).body("status", equalTo("PUBLISHED"))
                .header("ETag", equalTo("\"2\""));
    }

    @Test
    void publishingAnIncompleteLessonIsA422ListingEveryFailedPolicy() {
        String id = Lessons.record("{\"title\":\"Half af\",\"proeftuinId\":\"" + Lessons.PROEFTUIN + "\","
                + "\"context\":\"Er gebeurde iets.\",\"routes\":[\"INSTITUTIONALISERING\"]}");
        Lessons.transition(id, "IN_REVIEW", "contributor").statusCode(200);
        Lessons.transition(id, "PUBLISHED", "steward")
                .statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://schaalsprong.nl/problems/quality-gate"))
                .body("detail", containsString("outcome-present"))
                .body("errors.field", contains("module-named", "lesson-stated", "recommendation-given",
                        "origin-buurt-present", "outcome-present", "theme-chosen", "layer-claimed",
                        "rightscaling-given", "barrier-described"));
        given().header("Authorization", TestTokens.bearer("steward")).when().get("/api/v1/lessons/" + id)
                .then().body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void anIllegalTransitionIsA409ProblemNamingFromAndTo() {
        String id = Lessons.record(Lessons.COMPLETE);
        Lessons.transition(id, "PUBLISHED", "steward")
                .statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("from DRAFT to PUBLISHED"));
        Lessons.transition(id, "RETRACTED", "steward")
                .statusCode(409).body("detail", containsString("from DRAFT to RETRACTED"));
        given().header("Authorization", Lessons.contributor()).when().get("/api/v1/lessons/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void reviewCanSendALessonBackAndAPublishedOneCanBeRetracted() {
        String id = Lessons.record(Lessons.COMPLETE);
        Lessons.transition(id, "IN_REVIEW", "contributor").statusCode(200);
        Lessons.transition(id, "DRAFT", "steward").statusCode(200).body("status", equalTo("DRAFT"));
        String published = Lessons.publish(Lessons.COMPLETE);
        Lessons.transition(published, "RETRACTED", "steward").statusCode(200).body("status", equalTo("RETRACTED"));
        Lessons.transition(published, "PUBLISHED", "steward").statusCode(409)
                .body("detail", containsString("from RETRACTED to PUBLISHED"));
    }

    @Test
    void aSupersededLessonPointsAtItsPublishedSuccessor() {
        String old = Lessons.publish(Lessons.COMPLETE);
        String draft = Lessons.record(Lessons.COMPLETE);
        supersede(old, draft).statusCode(422).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("only a PUBLISHED lesson can supersede"));
        supersede(old, null).statusCode(422).body("detail", containsString("successorId"));
        String successor = Lessons.publish(Lessons.COMPLETE);
        supersede(old, successor).statusCode(200)
                .body("status", equalTo("SUPERSEDED")).body("successorId", equalTo(successor));
    }

    @Test
    void onlyAStewardPublishesAndATokenIsNeeded() {
        String id = Lessons.record(Lessons.COMPLETE);
        Lessons.transition(id, "IN_REVIEW", "contributor").statusCode(200);
        Lessons.transition(id, "PUBLISHED", "contributor").statusCode(403).contentType(startsWith("application/problem+json"));
        Lessons.transition(id, "PUBLISHED", "verifier").statusCode(403);
        given().contentType(ContentType.JSON).body("{\"to\":\"PUBLISHED\"}")
                .when().post("/api/v1/lessons/" + id + "/transitions").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("steward")).when().get("/api/v1/lessons/" + id)
                .then().body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void publishingNeedsTheVersionThatWasReviewed() {
        String id = Lessons.record(Lessons.COMPLETE);
        String reviewed = Lessons.transition(id, "IN_REVIEW", "contributor").statusCode(200).extract().header("ETag");
        String steward = TestTokens.bearer("steward");
        given().contentType(ContentType.JSON).header("Authorization", steward).body("{\"to\":\"PUBLISHED\"}")
                .when().post("/api/v1/lessons/" + id + "/transitions")
                .then().statusCode(428).contentType(startsWith("application/problem+json"));
        // The author revises the lesson under review: what was reviewed is no longer what would be published.
        given().contentType(ContentType.JSON).header("Authorization", Lessons.contributor()).header("If-Match", reviewed)
                .body(Lessons.COMPLETE.replace("Plan per straat", "Plan per wijk"))
                .when().put("/api/v1/lessons/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", steward).header("If-Match", reviewed)
                .body("{\"to\":\"PUBLISHED\"}").when().post("/api/v1/lessons/" + id + "/transitions")
                .then().statusCode(412).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("reviewed version"));
        String current = Lessons.currentVersion(id);
        given().contentType(ContentType.JSON).header("Authorization", steward).header("If-Match", current)
                .body("{\"to\":\"PUBLISHED\"}").when().post("/api/v1/lessons/" + id + "/transitions")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    private static io.restassured.response.ValidatableResponse supersede(String id, String successor) {
        String body = successor == null ? "{\"to\":\"SUPERSEDED\"}"
                : "{\"to\":\"SUPERSEDED\",\"successorId\":\"" + successor + "\"}";
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("steward")).body(body)
                .when().post("/api/v1/lessons/" + id + "/transitions").then();
    }
}
