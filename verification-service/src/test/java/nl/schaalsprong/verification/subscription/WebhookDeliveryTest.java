package nl.schaalsprong.verification.subscription;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.schaalsprong.local.LocalStackTestResource;
import nl.schaalsprong.local.TokenIssuer;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.verification.AreaStub;
import nl.schaalsprong.verification.TypologyStub;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.messaging.KafkaTopics;
import nl.schaalsprong.verification.messaging.LessonEvents;
import nl.schaalsprong.verification.subscription.domain.SubscriptionSecret;
import nl.schaalsprong.verification.subscription.domain.WebhookSignature;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks end to end: events this service appends (and lesson taggings it consumes) are delivered to real HTTP
 * servers started here, signed, retried, logged and paused as the subscriptions ask.
 */
@QuarkusTest
class WebhookDeliveryTest {

    static final String CRITERIA = """
            {"criteria":[{"indicator":"aandeel huishoudens bereikt","comparison":"AT_LEAST","threshold":60,"unit":"%",
                          "measuredOn":"2030-06-30"}]}""";

    private final List<String> created = new ArrayList<>();
    private final List<Receiver> receivers = new ArrayList<>();

    static String token(String subject, Set<String> roles, List<String> gemeenten) {
        Path key = Path.of(ConfigProvider.getConfig().getValue(LocalStackTestResource.TOKEN_KEY_PROPERTY, String.class));
        return "Bearer " + TokenIssuer.fromPrivateKeyFile(key).token(subject, roles, List.of(), gemeenten);
    }

    static String steward() {
        return token("klp-systeem", Set.of("steward"), List.of());
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", token);
    }

    Receiver receiver(Receiver.Behaviour behaviour) {
        Receiver receiver = Receiver.answering(behaviour);
        receivers.add(receiver);
        return receiver;
    }

    /** Subscribes and keeps the answer (with the secret) for the test. */
    JsonPath subscribe(String token, String callback, String filter) {
        JsonPath answer = as(token).contentType(ContentType.JSON)
                .body("{\"callbackUrl\":\"%s\",\"description\":\"test\",\"filter\":%s}".formatted(callback, filter))
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().jsonPath();
        created.add(answer.getString("id"));
        return answer;
    }

    static ValidatableResponse read(String id) {
        return as(steward()).when().get("/api/v1/subscriptions/" + id).then().statusCode(200);
    }

    static JsonPath deliveries(String id) {
        return as(steward()).when().get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    /** A verification suggested in the buurt and accepted over REST: nl.schaalsprong.verification.accepted.v2. */
    static UUID acceptedIn(String buurt) {
        Verification verification = Verification.suggest(UUID.randomUUID(),
                new ComparableBuurt(new BuurtCode(buurt), "Testbuurt", 0.9), "event-" + UUID.randomUUID(),
                OffsetDateTime.now());
        QuarkusTransaction.requiringNew().run(verification::persist);
        as(steward()).contentType(ContentType.JSON).body(CRITERIA)
                .when().post("/api/v1/verifications/" + verification.id + "/accept").then().statusCode(200);
        return verification.id;
    }

    @AfterEach
    void cleanUp() {
        created.forEach(id -> as(steward()).when().delete("/api/v1/subscriptions/" + id));
        receivers.forEach(Receiver::close);
    }

    @Test
    void aDeliveryIsASignedCloudEventThatVerifiesWithTheSecretShownOnce() {
        Receiver receiver = receiver(n -> 204);
        JsonPath subscription = subscribe(steward(), receiver.url(),
                "{\"eventTypes\":[\"VERIFICATION_ACCEPTED\"],\"areaCodes\":[\"GM9901\"]}");
        SubscriptionSecret secret = new SubscriptionSecret(subscription.getString("secret"));
        String id = subscription.getString("id");

        acceptedIn("BU99020101"); // another gemeente: not for this subscription
        UUID verification = acceptedIn("BU99010101");

        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.received().isEmpty());
        Receiver.Received delivery = receiver.received().get(0);
        assertTrue(delivery.header("Content-Type").startsWith("application/cloudevents+json"), delivery.header("Content-Type"));
        assertTrue(WebhookSignature.verifies(secret, delivery.body(), delivery.header("Schaalsprong-Signature")),
                "the signature is HMAC-SHA256 of the body with the secret from the creation");
        assertTrue(delivery.header("Schaalsprong-Timestamp").matches("\\d{10}"), delivery.header("Schaalsprong-Timestamp"));
        assertEquals("1", delivery.header("Schaalsprong-Attempt"));
        JsonPath event = new JsonPath(delivery.text());
        assertEquals("1.0", event.getString("specversion"));
        assertEquals("nl.schaalsprong.verification.accepted.v2", event.getString("type"));
        assertEquals(verification.toString(), event.getString("subject"));
        assertEquals("BU99010101", event.getString("data.targetBuurtCode"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath log = deliveries(id);
            assertEquals(1, log.getInt("total"), "only the event in the subscription's area is owed");
            assertEquals("DELIVERED", log.getString("items[0].state"));
            assertEquals(delivery.header("Schaalsprong-Delivery"), log.getString("items[0].id"));
            assertEquals(event.getString("id"), log.getString("items[0].eventId"));
            assertEquals(List.of(204), log.getList("items[0].attemptLog.statusCode"));
        });
        read(id).body("secret", nullValue()).body("status", equalTo("ACTIVE")).body("pendingDeliveries", equalTo(0))
                .body("filter.eventTypes", contains("VERIFICATION_ACCEPTED")).body("filter.areaCodes", contains("GM9901"));
    }

    @Test
    void aReceiverAnswering500IsRetriedWithTheSameEventAndEveryAttemptIsLogged() {
        Receiver receiver = receiver(n -> n == 1 ? 500 : 200);
        String id = subscribe(steward(), receiver.url(), "{\"eventTypes\":[\"VERIFICATION_ACCEPTED\"],\"areaCodes\":[\"WK990201\"]}").getString("id");

        acceptedIn("BU99020101");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath log = deliveries(id);
            assertEquals("DELIVERED", log.getString("items[0].state"));
            assertEquals(List.of(500, 200), log.getList("items[0].attemptLog.statusCode"));
            assertEquals("the receiver answered 500", log.getString("items[0].attemptLog[0].error"));
            assertEquals(2, log.getInt("items[0].attempts"));
        });
        List<Receiver.Received> requests = receiver.received();
        assertEquals(2, requests.size());
        assertEquals(new JsonPath(requests.get(0).text()).getString("id"), new JsonPath(requests.get(1).text()).getString("id"),
                "a retry carries the same CloudEvent, so the receiver can drop duplicates by id");
        assertEquals(List.of("1", "2"), requests.stream().map(r -> r.header("Schaalsprong-Attempt")).toList());
        read(id).body("consecutiveFailures", equalTo(0)).body("retryAt", nullValue());
    }

    @Test
    void aReceiverThatTimesOutDoesNotHoldUpAnotherSubscription() {
        CountDownLatch release = new CountDownLatch(1);
        Receiver slow = receiver(n -> {
            release.await(30, TimeUnit.SECONDS);
            return 200;
        });
        Receiver fast = receiver(n -> 200);
        try {
            String slowId = subscribe(steward(), slow.url(), "{\"eventTypes\":[\"VERIFICATION_ACCEPTED\"],\"areaCodes\":[\"GM9903\"]}").getString("id");
            String fastId = subscribe(steward(), fast.url(), "{\"eventTypes\":[\"VERIFICATION_ACCEPTED\"],\"areaCodes\":[\"GM9903\"]}").getString("id");

            acceptedIn("BU99030101");

            await().atMost(Duration.ofSeconds(20)).until(() -> fast.received().size() == 1);
            assertTrue(slow.requests() >= 1 && slow.received().isEmpty(),
                    "the fast receiver got its delivery while the slow one still holds its request");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonPath log = deliveries(slowId);
                assertEquals("PENDING", log.getString("items[0].state"));
                assertEquals("no answer within 1000 ms", log.getString("items[0].attemptLog[0].error"));
            });
            assertEquals("DELIVERED", deliveries(fastId).getString("items[0].state"));
        } finally {
            release.countDown();
        }
    }

    @Test
    void repeatedFailurePausesTheSubscriptionWhichKeepsItsDeliveriesUntilResumed() {
        Receiver receiver = receiver(n -> 503);
        JsonPath subscription = subscribe(steward(), receiver.url(), "{\"eventTypes\":[\"VERIFICATION_ACCEPTED\"],\"areaCodes\":[\"GM9904\"]}");
        String id = subscription.getString("id");

        acceptedIn("BU99040101");
        acceptedIn("BU99040102");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> read(id).body("status", equalTo("PAUSED")));
        read(id).body("consecutiveFailures", equalTo(3))
                .body("pauseReason", equalTo("paused after 3 failed attempts in a row; the last: the receiver answered 503"))
                .body("pendingDeliveries", equalTo(2));
        assertEquals(3, receiver.requests(), "both sent at once, then one probe at a time until the pause");

        receiver.behave(n -> 200);
        as(steward()).when().post("/api/v1/subscriptions/" + id + "/resume").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> read(id).body("pendingDeliveries", equalTo(0)));
        JsonPath log = deliveries(id);
        assertEquals(List.of("DELIVERED", "DELIVERED"), log.getList("items.state"));
        as(steward()).when().get("/api/v1/subscriptions/" + id + "/deliveries?state=PENDING").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void anEventOwedWhileTheReceiverIsDownIsDeliveredSignedOnceItIsBack() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        JsonPath subscription = subscribe(steward(), "http://127.0.0.1:" + port + "/events", "{\"eventTypes\":[\"VERIFICATION_ACCEPTED\"],\"areaCodes\":[\"GM9905\"]}");
        String id = subscription.getString("id");

        acceptedIn("BU99050101");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> read(id).body("status", equalTo("PAUSED")));
        assertEquals("connection refused or unreachable", deliveries(id).getString("items[0].attemptLog[0].error"));

        Receiver back = Receiver.on(port, n -> 200);
        receivers.add(back);
        as(steward()).when().post("/api/v1/subscriptions/" + id + "/resume").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> back.received().size() == 1);
        assertTrue(WebhookSignature.verifies(new SubscriptionSecret(subscription.getString("secret")),
                back.received().get(0).body(), back.received().get(0).header("Schaalsprong-Signature")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertEquals(java.util.Arrays.asList(null, null, null, 200), deliveries(id).getList("items[0].attemptLog.statusCode")));
    }

    @Test
    void lessonTaggingsWeConsumeAndTheSuggestionsTheyCauseReachSubscribersOfTheirTags() {
        Receiver receiver = receiver(n -> 200);
        subscribe(steward(), receiver.url(),
                "{\"eventTypes\":[\"LESSON_TAGGED\",\"VERIFICATION_SUGGESTED\"],\"tags\":[\"participatie\"]}");
        UUID lesson = UUID.randomUUID();

        KafkaTopics.send("schaalsprong.lessons", lesson.toString(),
                LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.ORIGIN)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonPath> mine = receiver.received().stream().map(r -> new JsonPath(r.text()))
                    .filter(e -> lesson.toString().equals(e.getString("data.lessonId"))).toList();
            assertEquals(1, mine.stream().filter(e -> e.getString("type").equals("nl.schaalsprong.lesson.tagged.v1")).count());
            assertEquals(3, mine.stream().filter(e -> e.getString("type").equals("nl.schaalsprong.verification.suggested.v2")).count(),
                    "the suggestions of the test profile's K = 3 targets, tags read from the lesson");
        });
    }

    @Test
    void aSuggestionOfAWholeWijkReachesTheSubscribersOfItsGemeenteAndOfTheWijk() {
        Receiver receiver = receiver(n -> 200);
        String id = subscribe(steward(), receiver.url(),
                "{\"eventTypes\":[\"VERIFICATION_SUGGESTED\"],\"areaCodes\":[\"GM0599\",\"WK036303\",\"BU07720101\"]}")
                .getString("id");
        UUID lesson = UUID.randomUUID();
        // A lesson of wijk scale: suggested in WK036303, WK059902 (gemeente GM0599) and WK077201 (AreaStub).
        KafkaTopics.send("schaalsprong.lessons", lesson.toString(), LessonEvents.lessonTagged(
                UUID.randomUUID().toString(), lesson, List.of(AreaStub.SCALED_ORIGIN),
                ",\"rightscaling\":{\"appliedAt\":\"BUURT\",\"smallest\":\"WIJK\",\"largest\":\"GEMEENTE\"}"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(Set.of("WK036303", "WK059902"),
                receiver.received().stream().map(r -> new JsonPath(r.text()))
                        .filter(e -> lesson.toString().equals(e.getString("data.lessonId")))
                        .map(e -> e.getString("data.target.code")).collect(java.util.stream.Collectors.toSet())));
        // The three suggestions were enqueued for subscribers together: WK077201 matched none of the areas (a buurt
        // of that wijk is less than the wijk).
        assertEquals(2, deliveries(id).getList("items").size());
    }

    @Test
    void badCallbacksAreRefusedNamingTheField() {
        for (String bad : List.of("ftp://gemeente.example.nl/x", "gemeente.example.nl/x",
                "http://localhost:" + io.restassured.RestAssured.port + "/api/v1/verifications",
                "http://127.0.0.1:" + io.restassured.RestAssured.port + "/q/health")) {
            as(steward()).contentType(ContentType.JSON)
                    .body("{\"callbackUrl\":\"%s\",\"filter\":{}}".formatted(bad))
                    .when().post("/api/v1/subscriptions").then().statusCode(422)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", contains("callbackUrl"));
        }
        as(steward()).contentType(ContentType.JSON)
                .body("{\"callbackUrl\":\"http://localhost:%d/x\",\"filter\":{}}".formatted(io.restassured.RestAssured.port))
                .when().post("/api/v1/subscriptions").then().statusCode(422)
                .body("errors[0].message", containsString("points at this service itself"));
    }

    @Test
    void unknownFilterValuesAreRefusedNamingTheField() {
        as(steward()).contentType(ContentType.JSON)
                .body("{\"callbackUrl\":\"https://gemeente.example.nl/x\",\"filter\":{\"eventTypes\":[\"VERIFICATION_EXPLODED\"]}}")
                .when().post("/api/v1/subscriptions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("filter.eventTypes[0]"))
                .body("detail", containsString("VERIFICATION_CONCLUDED"));
        as(steward()).contentType(ContentType.JSON)
                .body("{\"callbackUrl\":\"https://gemeente.example.nl/x\",\"filter\":{\"areaCodes\":[\"GM0014\",\"GM14\"],"
                        + "\"tags\":[\"Participatie\"]}}")
                .when().post("/api/v1/subscriptions").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("filter.areaCodes[1]", "filter.tags[0]"))
                .body("errors[0].message", containsString("GM14"));
        as(steward()).contentType(ContentType.JSON).body("{\"callbackUrl\":\"https://gemeente.example.nl/x\"}")
                .when().post("/api/v1/subscriptions").then().statusCode(400).body("errors.field", hasItems("filter"));
    }

    @Test
    void aVerifierSubscribesForItsOwnGemeentenAndSeesOnlyThose() {
        String groningen = token("gemeente-groningen", Set.of("verifier"), List.of("GM0014"));
        String own = subscribe(groningen, "https://groningen.example.nl/hook", "{\"areaCodes\":[\"WK001410\"]}")
                .getString("id");
        String programme = subscribe(steward(), "https://klp.example.nl/hook", "{}").getString("id");

        as(groningen).contentType(ContentType.JSON)
                .body("{\"callbackUrl\":\"https://groningen.example.nl/hook\",\"filter\":{\"areaCodes\":[\"GM0363\"]}}")
                .when().post("/api/v1/subscriptions").then().statusCode(403)
                .body("detail", containsString("GM0363"));
        as(groningen).contentType(ContentType.JSON)
                .body("{\"callbackUrl\":\"https://groningen.example.nl/hook\",\"filter\":{}}")
                .when().post("/api/v1/subscriptions").then().statusCode(403);
        as(groningen).when().get("/api/v1/subscriptions?size=200").then().statusCode(200)
                .body("items.id", contains(own)).body("total", equalTo(1));
        as(groningen).when().get("/api/v1/subscriptions/" + programme).then().statusCode(404);
        as(groningen).when().delete("/api/v1/subscriptions/" + programme).then().statusCode(404);
        as(token("proeftuin", Set.of("contributor"), List.of())).when().get("/api/v1/subscriptions").then().statusCode(403);
        given().when().get("/api/v1/subscriptions").then().statusCode(401);

        as(groningen).when().delete("/api/v1/subscriptions/" + own).then().statusCode(204);
        as(groningen).when().get("/api/v1/subscriptions/" + own).then().statusCode(404);
    }

    @Test
    void theCreationAnswerNamesTheSubscriptionAndListsArePaged() {
        given().header("Authorization", steward()).contentType(ContentType.JSON)
                .body("{\"callbackUrl\":\"https://klp.example.nl/a\",\"filter\":{\"tags\":[\"participatie\"]}}")
                .when().post("/api/v1/subscriptions").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/subscriptions/[0-9a-f-]{36}"))
                .body("secret", startsWith("whsec_"))
                .body("id", org.hamcrest.Matchers.notNullValue())
                .extract().path("id").toString().transform(id -> created.add(id) ? id : id);
        subscribe(steward(), "https://klp.example.nl/b", "{}");
        as(steward()).when().get("/api/v1/subscriptions?page=0&size=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("size", equalTo(1));
        as(steward()).when().get("/api/v1/subscriptions/" + created.get(0) + "/deliveries?state=LOST").then().statusCode(400);
    }
}
