package nl.schaalsprong.local.run;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.schaalsprong.local.Ports;
import nl.schaalsprong.local.StateLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user of {@code run.sh} relies on: Ctrl-C and start again, and what was recorded is still there (the
 * lesson, its suggested verifications, the events on the topics); the loads at start are repeated harmlessly; a
 * second start while the suite runs is refused and changes nothing; a webhook owed when the suite stopped is
 * delivered, signed, after it starts again.
 */
class RestartIT {

    @Test
    void aRecordedLessonItsVerificationsAndItsEventSurviveStopAndStart(@TempDir Path work) throws IOException {
        SuiteSettings settings = SuiteSettings.keptForTests(SuiteSettings.locateRoot(), work);
        String lessonId;
        String etag;
        List<String> suggested;
        // The subscriber's receiver is down while the suite first runs: the deliveries are owed across the restart.
        int receiverPort = Ports.free();
        String subscriptionId;
        String secret;
        long importJobs;
        try (LocalSuite suite = LocalSuite.start(settings)) {
            SuiteClient client = new SuiteClient(suite);
            JsonPath subscription = given().baseUri(suite.verification().url()).contentType(ContentType.JSON)
                    .header("Authorization", client.steward())
                    .body("""
                            {"callbackUrl":"http://127.0.0.1:%d/schaalsprong","description":"KLP-systeem",
                             "filter":{"eventTypes":["VERIFICATION_SUGGESTED"],"tags":["participatie"]}}"""
                            .formatted(receiverPort))
                    .when().post("/api/v1/subscriptions").then().statusCode(201).extract().jsonPath();
            subscriptionId = subscription.getString("id");
            secret = subscription.getString("secret");
            lessonId = client.recordAndTagLesson("participatie/keukentafelgesprekken");
            client.awaitSuggestions(lessonId);
            await().atMost(Duration.ofSeconds(60)).until(() -> failedAttempts(suite, client, subscriptionId) > 0);
            suggested = client.suggestedBuurten(lessonId).stream().sorted().toList();
            etag = given().baseUri(suite.lessons().url()).when().get("/api/v1/lessons/" + lessonId)
                    .then().statusCode(200).extract().header("ETag");
            importJobs = importJobs(suite, client);

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
            assertEquals(importJobs, importJobs(again, client),
                    "the second start imports no file again: each start-up import is sent with its Idempotency-Key");
            client.lessonTaggedRecord(lessonId);

            try (WebhookReceiver receiver = new WebhookReceiver(receiverPort)) {
                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> receiver.deliveries().size() >= SuiteClient.SUGGESTIONS_PER_LESSON);
                for (WebhookReceiver.Delivery delivery : receiver.deliveries()) {
                    assertTrue(delivery.signedWith(secret), "signed with the subscription's secret: " + delivery);
                    assertTrue(delivery.body().contains("\"type\":\"nl.schaalsprong.verification.suggested.v2\""),
                            delivery.body());
                    assertTrue(delivery.body().contains(lessonId), delivery.body());
                }
                assertTrue(receiver.deliveries().stream().anyMatch(d -> Integer.parseInt(d.attempt()) > 1),
                        "the attempts that failed before the restart are counted on: " + receiver.deliveries());
                assertEquals(SuiteClient.SUGGESTIONS_PER_LESSON,
                        receiver.deliveries().stream().map(WebhookReceiver.Delivery::body).distinct().count(),
                        "one delivery per suggested verification, none lost");
            }
        }
    }

    /** How many import jobs typology-service has run (the CBS file, the buurt names, the energy files). */
    private static long importJobs(LocalSuite suite, SuiteClient client) {
        return given().baseUri(suite.typology().url()).header("Authorization", client.steward())
                .when().get("/api/v1/imports?size=1")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** Attempts that found no receiver, over the subscription's delivery log. */
    private static int failedAttempts(LocalSuite suite, SuiteClient client, String subscriptionId) {
        return given().baseUri(suite.verification().url()).header("Authorization", client.steward())
                .when().get("/api/v1/subscriptions/" + subscriptionId + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items.attemptLog.flatten()").size();
    }
}
