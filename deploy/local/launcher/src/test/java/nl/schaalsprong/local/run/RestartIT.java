package nl.schaalsprong.local.run;

import nl.schaalsprong.local.StateLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user of {@code run.sh} relies on: Ctrl-C and start again, and what was recorded is still there (the
 * lesson, its suggested verifications, the events on the topics); the loads at start are repeated harmlessly; a
 * second start while the suite runs is refused and changes nothing.
 */
class RestartIT {

    @Test
    void aRecordedLessonItsVerificationsAndItsEventSurviveStopAndStart(@TempDir Path work) {
        SuiteSettings settings = SuiteSettings.keptForTests(SuiteSettings.locateRoot(), work);
        String lessonId;
        String etag;
        List<String> suggested;
        try (LocalSuite suite = LocalSuite.start(settings)) {
            SuiteClient client = new SuiteClient(suite);
            lessonId = client.recordAndTagLesson("participatie/keukentafelgesprekken");
            client.awaitSuggestions(lessonId);
            suggested = client.suggestedBuurten(lessonId).stream().sorted().toList();
            etag = given().baseUri(suite.lessons().url()).when().get("/api/v1/lessons/" + lessonId)
                    .then().statusCode(200).extract().header("ETag");

            StateLock.AlreadyRunningException refused = assertThrows(StateLock.AlreadyRunningException.class,
                    () -> LocalSuite.start(settings), "a second start on the same state is refused");
            assertTrue(refused.getMessage().contains("pid " + ProcessHandle.current().pid()), refused.getMessage());
            assertTrue(refused.getMessage().contains("lessons-service " + settings.lessonsPort()), refused.getMessage());
            given().baseUri(suite.lessons().url()).when().get("/api/v1/lessons/" + lessonId)
                    .then().statusCode(200);
        }

        try (LocalSuite again = LocalSuite.start(settings)) {
            SuiteClient client = new SuiteClient(again);
            given().baseUri(again.lessons().url()).when().get("/api/v1/lessons/" + lessonId)
                    .then().statusCode(200).header("ETag", etag);
            assertEquals(suggested, client.suggestedBuurten(lessonId).stream().sorted().toList(),
                    "the suggested verifications are still there, none added by the second start");
            client.lessonTaggedRecord(lessonId);
        }
    }
}
