package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publishing an INSTITUTIONALISERING lesson signals its barrier; stewards move it along the policy track. */
@QuarkusTest
class BarrierRegisterTest {

    static final String WITH_BARRIER = Lessons.complete("\"INSTITUTIONALISERING\"", """
            ,"barrier":{"description":"Een warmtenet mag niet verplicht worden voor bestaande woningen",
             "level":"RIJK","rule":"Warmtewet art. 2"}""");

    @Test
    void publishingAnInstitutionaliseringLessonSignalsItsBarrier() {
        String lesson = Lessons.publish(WITH_BARRIER);
        String barrier = given().when().get("/api/v1/barriers?size=200").then().statusCode(200)
                .body("items.lessonId", hasItem(lesson))
                .extract().path("items.find { it.lessonId == '" + lesson + "' }.id");
        given().when().get("/api/v1/barriers/" + barrier).then().statusCode(200)
                .body("status", equalTo("GESIGNALEERD"))
                .body("level", equalTo("RIJK"))
                .body("rule", equalTo("Warmtewet art. 2"))
                .body("proeftuinId", equalTo(Lessons.PROEFTUIN))
                .body("statusChangedBy", equalTo("steward"));
        // Only stewards see which steward it was: open answers carry no personal names.
        given().header("Authorization", TestTokens.bearer("steward")).when().get("/api/v1/barriers/" + barrier)
                .then().statusCode(200).body("statusChangedBy", equalTo("test-user"));
    }

    @Test
    void onlyPublicationSignalsAndOnlyInstitutionaliseringLessons() {
        String draft = Lessons.record(WITH_BARRIER);
        String other = Lessons.publish(Lessons.COMPLETE);
        given().when().get("/api/v1/barriers?size=200").then().statusCode(200)
                .body("items.lessonId", not(hasItem(draft)))
                .body("items.lessonId", not(hasItem(other)));
    }

    @Test
    void theGateRequiresTheBarrierSectionOnInstitutionaliseringLessons() {
        String id = Lessons.record(Lessons.complete("\"INSTITUTIONALISERING\"", ""));
        Lessons.transition(id, "IN_REVIEW", "contributor").statusCode(200);
        Lessons.transition(id, "PUBLISHED", "steward").statusCode(422)
                .body("errors.field", contains("barrier-described"));
    }

    @Test
    void aBarrierMovesOneStepAtATimeByAStewardOnly() {
        String barrier = signalled();
        move(barrier, "OPGELOST", "steward").statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("from GESIGNALEERD to OPGELOST"));
        move(barrier, "GEAGENDEERD", "contributor").statusCode(403);
        move(barrier, "GEAGENDEERD", "steward").statusCode(200).body("status", equalTo("GEAGENDEERD"))
                .body("version", equalTo(1));
        move(barrier, "OPGELOST", "steward").statusCode(200).body("status", equalTo("OPGELOST"));
        move(barrier, "GESIGNALEERD", "steward").statusCode(409)
                .body("detail", containsString("from OPGELOST to GESIGNALEERD"));
    }

    @Test
    void theListFiltersByStatusLevelAndProeftuin() {
        String barrier = signalled();
        move(barrier, "GEAGENDEERD", "steward").statusCode(200);
        given().when().get("/api/v1/barriers?status=GEAGENDEERD&level=RIJK&proeftuinId=" + Lessons.PROEFTUIN + "&size=200")
                .then().statusCode(200)
                .body("items.id", hasItem(barrier))
                .body("items.status", everyItem(equalTo("GEAGENDEERD")))
                .body("items.level", everyItem(equalTo("RIJK")));
        given().when().get("/api/v1/barriers?status=GESIGNALEERD&size=200").then().statusCode(200)
                .body("items.id", not(hasItem(barrier)));
        given().when().get("/api/v1/barriers?level=GEMEENTE&size=200").then().statusCode(200)
                .body("items.id", not(hasItem(barrier)));
        given().when().get("/api/v1/barriers?proeftuinId=katwijk").then().statusCode(200)
                .body("items.id", not(hasItem(barrier)));
        given().when().get("/api/v1/barriers?size=1").then().statusCode(200).body("size", equalTo(1));
        given().when().get("/api/v1/barriers?status=WEG").then().statusCode(404);
    }

    @Test
    void theSummaryCountsPerStatusLevelAndMonthAsJsonAndCsv() {
        int agendaBefore = count("STATUS", "GEAGENDEERD");
        int rijkBefore = count("LEVEL", "RIJK");
        move(signalled(), "GEAGENDEERD", "steward").statusCode(200);
        assertEquals(agendaBefore + 1, count("STATUS", "GEAGENDEERD"));
        assertEquals(rijkBefore + 1, count("LEVEL", "RIJK"));
        given().queryParam("by", "LEVEL").when().get("/api/v1/barriers/summary").then().statusCode(200)
                .body("groups.key", contains("EU", "RIJK", "PROVINCIE", "WATERSCHAP", "GEMEENTE"));
        given().queryParam("by", "MONTH").queryParam("status", "GEAGENDEERD").when().get("/api/v1/barriers/summary")
                .then().statusCode(200).body("groups.barriers.sum()", equalTo(count("STATUS", "GEAGENDEERD")));

        String csv = given().accept("text/csv").queryParam("by", "STATUS").when().get("/api/v1/barriers/summary")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        var lines = csv.lines().toList();
        assertEquals(List.of("status,barriers", "GESIGNALEERD," + count("STATUS", "GESIGNALEERD"),
                "GEAGENDEERD," + count("STATUS", "GEAGENDEERD"), "OPGELOST," + count("STATUS", "OPGELOST")),
                lines.subList(0, 4));
        assertTrue(lines.get(4).startsWith("total,"), csv);

        given().when().get("/api/v1/barriers/summary").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().queryParam("by", "PROEFTUIN").when().get("/api/v1/barriers/summary").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    private static int count(String by, String key) {
        return given().queryParam("by", by).when().get("/api/v1/barriers/summary").then().statusCode(200)
                .extract().path("groups.find { it.key == '" + key + "' }.barriers");
    }

    @Test
    void anUnknownBarrierIsA404Problem() {
        given().when().get("/api/v1/barriers/7a1c9d9e-0000-4000-8000-000000000002")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    private static String signalled() {
        String lesson = Lessons.publish(WITH_BARRIER);
        return given().when().get("/api/v1/barriers?size=200").then()
                .extract().path("items.find { it.lessonId == '" + lesson + "' }.id");
    }

    private static ValidatableResponse move(String barrier, String status, String role) {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(role))
                .body("{\"status\":\"" + status + "\"}").when().patch("/api/v1/barriers/" + barrier).then();
    }
}
