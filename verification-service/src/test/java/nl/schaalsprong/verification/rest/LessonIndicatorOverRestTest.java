package nl.schaalsprong.verification.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.verification.TypologyStub;
import nl.schaalsprong.verification.messaging.KafkaTopics;
import nl.schaalsprong.verification.messaging.LessonEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Pre-registration with the lesson's own indicators (issue 11, item 8), from the LessonTagged record on the real
 * broker to the acceptance over REST: criteria must measure what the lesson claims, named as the lesson names it.
 */
@QuarkusTest
class LessonIndicatorOverRestTest {

    private static final String INDICATORS = """
            ,"outcome":"SUCCESS","indicators":[{"name":"deelname eigenaren","value":70,"unit":"%","date":"2021-06-01"}]""";

    @Test
    void criteriaThatMeasureNoIndicatorOfTheLessonAreRefusedAndTheLessonsOwnAreAccepted() {
        String verification = suggestedFor(INDICATORS);
        String steward = VerificationWorkflowTest.token(Set.of("steward"), List.of());

        accept(verification, steward, "aandeel huishoudens bereikt")
                .statusCode(422).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("deelname eigenaren"));
        given().when().get("/api/v1/verifications/" + verification).then().statusCode(200)
                .body("status", equalTo("SUGGESTED"));

        // Case and spacing aside, the lesson's indicator.
        accept(verification, steward, "Deelname  eigenaren").statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aLessonWhoseEventNamesNoIndicatorLeavesTheChoiceToTheGemeente() {
        String verification = suggestedFor("");
        accept(verification, VerificationWorkflowTest.token(Set.of("steward"), List.of()), "aandeel huishoudens bereikt")
                .statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    /** A lesson tagged over Kafka with these extra data members; the id of its first suggested verification. */
    private static String suggestedFor(String optionalData) {
        UUID lesson = UUID.randomUUID();
        KafkaTopics.send("schaalsprong.lessons", lesson.toString(), LessonEvents.lessonTagged(
                UUID.randomUUID().toString(), lesson, List.of(TypologyStub.ORIGIN), optionalData));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("lessonId", lesson.toString())
                .when().get("/api/v1/verifications").then().statusCode(200).extract().jsonPath()
                .getList("items").size() == 3);
        return given().queryParam("lessonId", lesson.toString()).queryParam("size", 1)
                .when().get("/api/v1/verifications").then().statusCode(200).extract().path("items[0].id");
    }

    private static io.restassured.response.ValidatableResponse accept(String verification, String token,
                                                                     String indicator) {
        return given().contentType("application/json").header("Authorization", token)
                .body("""
                        {"criteria":[{"indicator":"%s","comparison":"AT_LEAST","threshold":60,"unit":"%%",
                                      "measuredOn":"%s"}]}""".formatted(indicator, VerificationWorkflowTest.halfAYearOn()))
                .when().post("/api/v1/verifications/" + verification + "/accept").then();
    }
}
