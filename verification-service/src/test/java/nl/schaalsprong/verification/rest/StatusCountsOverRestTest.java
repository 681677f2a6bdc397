package nl.schaalsprong.verification.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.verification.domain.Verification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.schaalsprong.verification.rest.EvidenceOverRestTest.recordedLesson;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.criteria;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.post;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The counts behind the KLP dashboard's lesson drill-down chart: a lesson's verifications by status and outcome,
 * as JSON and as the text/csv the chart downloads, counted over all of them (not one page).
 */
@QuarkusTest
class StatusCountsOverRestTest {

    @Test
    void aLessonsVerificationsAreCountedByStatusAndOutcomeInJsonAndCsv() {
        UUID lesson = recordedLesson();
        Verification concluded = suggested(lesson, "BU03630105");
        Verification accepted = suggested(lesson, "BU03440201");
        Verification declined = suggested(lesson, "BU03630106");
        suggested(lesson, "BU03630107");
        suggested(lesson, "BU03630108");
        suggested(UUID.randomUUID(), "BU03630109");
        String steward = token(Set.of("steward"), List.of());
        post(accepted, "accept", steward, criteria()).statusCode(200);
        post(concluded, "accept", steward, criteria()).statusCode(200);
        post(concluded, "conclude", steward, """
                {"results":[{"indicator":"aandeel huishoudens bereikt","measuredValue":71},
                            {"indicator":"kosten per woning","measuredValue":9000}],
                 "conditionsPresent":[]}""").statusCode(200).body("outcome", equalTo("CONFIRMED"));
        post(declined, "decline", steward, "{\"kind\":\"NO_CAPACITY\"}").statusCode(200);

        given().queryParam("lessonId", lesson.toString()).when().get("/api/v1/verifications/counts")
                .then().statusCode(200)
                .body("lessonId", equalTo(lesson.toString()))
                .body("total", equalTo(5))
                .body("counts.status", contains("SUGGESTED", "ACCEPTED", "DECLINED", "CONCLUDED", "CONCLUDED",
                        "CONCLUDED"))
                .body("counts.outcome", contains(null, null, null, "CONFIRMED", "NOT_CONFIRMED", "INCONCLUSIVE"))
                .body("counts.verifications", contains(2, 1, 1, 1, 0, 0));
        given().accept("text/csv").queryParam("lessonId", lesson.toString()).when().get("/api/v1/verifications/counts")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(equalTo("status,outcome,verifications\r\nSUGGESTED,,2\r\nACCEPTED,,1\r\nDECLINED,,1\r\n"
                        + "CONCLUDED,CONFIRMED,1\r\nCONCLUDED,NOT_CONFIRMED,0\r\nCONCLUDED,INCONCLUSIVE,0\r\n"));
    }

    @Test
    void aLessonWithoutVerificationsCountsZeroAndNoLessonIsA400Problem() {
        given().queryParam("lessonId", UUID.randomUUID().toString()).when().get("/api/v1/verifications/counts")
                .then().statusCode(200).body("total", equalTo(0))
                .body("counts.verifications", contains(0, 0, 0, 0, 0, 0));
        given().when().get("/api/v1/verifications/counts")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("lessonId"));
        given().queryParam("lessonId", "not-a-uuid").when().get("/api/v1/verifications/counts")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    private static Verification suggested(UUID lesson, String buurt) {
        return EvidenceOverRestTest.suggested(lesson, buurt, 1, "Stedelijke vooroorlogse buurten");
    }
}
