package nl.schaalsprong.verification.deadletter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.verification.messaging.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Dead letters listed and replayed by a steward (issue 15), over the real Kafka: a poison record on
 * schaalsprong.lessons lands on its dead-letter topic, in the list with its reason, and a replay publishes it to
 * schaalsprong.lessons again, once however often it is asked.
 */
@QuarkusTest
class DeadLettersTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String LESSONS = "schaalsprong.lessons";

    @Test
    void aPoisonRecordIsListedWithItsReasonAndAReplayPublishesItOnce() {
        String key = UUID.randomUUID().toString();
        String poison = "not a CloudEvent " + UUID.randomUUID();
        KafkaTopics.send(LESSONS, key, poison);

        Map<String, Object> listed = await().atMost(PATIENCE).until(() -> find(poison), found -> found != null);
        assertEquals(LESSONS, listed.get("topic"));
        assertEquals(key, listed.get("key"));
        assertNotNull(listed.get("reason"), "the consumer's failure");
        String id = (String) listed.get("id");

        replay(id).body("replayedAt", notNullValue()).body("replayedBy", notNullValue());
        await().atMost(PATIENCE).until(() -> copiesOn(LESSONS, poison) == 2);
        String firstReplay = replay(id).extract().path("replayedAt");
        assertEquals(firstReplay, replay(id).extract().path("replayedAt"), "replayed once");
        // The replayed record was poison again: its second dead letter is a new one; the first stays replayed.
        await().atMost(PATIENCE).until(() -> copiesOn(LESSONS + ".dlq", poison) == 2);
        assertEquals(2, copiesOn(LESSONS, poison), "not published again");
    }

    @Test
    void onlyAStewardListsDeadLetters() {
        given().header("Authorization", TestTokens.bearer("verifier")).when().get("/api/v1/dead-letters/verification")
                .then().statusCode(403);
        given().when().get("/api/v1/dead-letters/verification").then().statusCode(401);
    }

    @Test
    void anUnknownDeadLetterIsNotFound() {
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .when().post("/api/v1/dead-letters/verification/" + UUID.randomUUID() + "/replay")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse replay(String id) {
        return given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .when().post("/api/v1/dead-letters/verification/" + id + "/replay").then().statusCode(200)
                .body("id", equalTo(id));
    }

    private static Map<String, Object> find(String payload) {
        List<Map<String, Object>> items = given().header("Authorization", TestTokens.bearer("steward"))
                .queryParam("size", 200).when().get("/api/v1/dead-letters/verification").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(item -> payload.equals(item.get("payload"))).findFirst().orElse(null);
    }

    private static long copiesOn(String topic, String payload) {
        return KafkaTopics.records(topic).stream().filter(r -> payload.equals(r.value())).count();
    }
}
