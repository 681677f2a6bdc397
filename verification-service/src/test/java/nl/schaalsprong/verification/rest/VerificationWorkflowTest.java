package nl.schaalsprong.verification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import nl.schaalsprong.local.LocalStackTestResource;
import nl.schaalsprong.local.TokenIssuer;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.verification.ChangedRecorder;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.messaging.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gemeente's lifecycle steps over REST, against the real database and broker. */
@QuarkusTest
class VerificationWorkflowTest {

    static final String KINKERBUURT = "BU03630105";
    static final String AMSTERDAM = "GM0363";
    /**
     * Two criteria measured half a year and a year after today by the service's own Clock, so they are
     * pre-registered (measured after the acceptance) whenever the test runs: no fixed date that turns into the past.
     */
    static String criteria() {
        return """
                {"criteria":[{"indicator":"aandeel huishoudens bereikt","comparison":"AT_LEAST","threshold":60,"unit":"%%",
                              "measuredOn":"%s"},
                             {"indicator":"kosten per woning","comparison":"AT_MOST","threshold":12000,"unit":"euro",
                              "measuredOn":"%s"}]}""".formatted(halfAYearOn(), aYearOn());
    }

    /** Today by the Clock the service uses (platform's ClockProducer), plus half a year. */
    static LocalDate halfAYearOn() {
        return LocalDate.now(Arc.container().instance(Clock.class).get()).plusMonths(6);
    }

    static LocalDate aYearOn() {
        return halfAYearOn().plusMonths(6);
    }

    /** One criterion on indicator {@code x} measured on the given day. */
    static String criterionX(LocalDate measuredOn) {
        return "{\"criteria\":[{\"indicator\":\"x\",\"comparison\":\"AT_LEAST\",\"threshold\":1,\"unit\":\"%\","
                + "\"measuredOn\":\"" + measuredOn + "\"}]}";
    }

    @Inject
    ChangedRecorder changes;

    static String token(Set<String> roles, List<String> gemeenten) {
        Path key = Path.of(ConfigProvider.getConfig().getValue(LocalStackTestResource.TOKEN_KEY_PROPERTY, String.class));
        return "Bearer " + TokenIssuer.fromPrivateKeyFile(key).token("gemeente-amsterdam", roles, List.of(), gemeenten);
    }

    static String amsterdam() {
        return token(Set.of("verifier"), List.of(AMSTERDAM));
    }

    static Verification suggested(String buurt) {
        Verification verification = Verification.suggest(UUID.randomUUID(),
                new ComparableBuurt(new BuurtCode(buurt), "Kinkerbuurt", 0.93), "event-" + UUID.randomUUID(),
                OffsetDateTime.now());
        QuarkusTransaction.requiringNew().run(verification::persist);
        return verification;
    }

    static ValidatableResponse post(Verification verification, String step, String token, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", token);
        }
        return request.when().post("/api/v1/verifications/" + verification.id + "/" + step).then();
    }

    static ValidatableResponse read(Verification verification) {
        return given().when().get("/api/v1/verifications/" + verification.id).then().statusCode(200);
    }

    @Test
    void acceptingFreezesTheCriteriaAndAnnouncesIt() {
        Verification verification = suggested(KINKERBUURT);
        post(verification, "accept", amsterdam(), criteria()).statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("criteria.indicator", contains("aandeel huishoudens bereikt", "kosten per woning"))
                .body("criteria.comparison", contains("AT_LEAST", "AT_MOST"))
                .body("criteria[0].measuredOn", equalTo(halfAYearOn().toString()))
                .body("acceptedBy", equalTo("gemeente-amsterdam"))
                .body("acceptedAt", notNullValue());
        read(verification).body("status", equalTo("ACCEPTED")).body("criteria.size()", equalTo(2));

        assertEquals(List.of(new ChangedRecorder.Seen(verification.lessonId, true)), changes.about(verification.lessonId),
                "VerificationChanged fired once, inside the transaction");
        JsonPath event = awaitEvent(verification, "nl.schaalsprong.verification.accepted.v2");
        assertEquals(AMSTERDAM, event.getString("data.targetGemeenteCode"));
        assertEquals(List.of("aandeel huishoudens bereikt", "kosten per woning"), event.getList("data.criteria.indicator"));
    }

    @Test
    void aLaterRequestCannotChangeTheFrozenCriteria() {
        Verification verification = suggested(KINKERBUURT);
        post(verification, "accept", amsterdam(), criteria()).statusCode(200);
        String acceptedAt = read(verification).extract().path("acceptedAt");

        post(verification, "accept", token(Set.of("steward"), List.of()), """
                {"criteria":[{"indicator":"aandeel huishoudens bereikt","comparison":"AT_LEAST","threshold":10,
                              "unit":"%%","measuredOn":"%s"}]}""".formatted(aYearOn().plusYears(2)))
                .statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("from ACCEPTED to ACCEPTED"));
        read(verification).body("criteria.threshold", contains(60.0f, 12000.0f))
                .body("criteria.measuredOn", contains(halfAYearOn().toString(), aYearOn().toString()))
                .body("acceptedAt", equalTo(acceptedAt));
    }

    @Test
    void concludingJudgesTheFrozenCriteriaAndTheRecordIsImmutableAfterwards() {
        Verification verification = suggested(KINKERBUURT);
        post(verification, "accept", amsterdam(), criteria()).statusCode(200);
        post(verification, "conclude", amsterdam(), """
                {"results":[{"indicator":"aandeel huishoudens bereikt","measuredValue":71},
                            {"indicator":"kosten per woning","measuredValue":12500}],
                 "adaptations":["gesprekken in het Turks en Arabisch aangeboden"],
                 "conditionsPresent":["EXTRA_FINANCIERING"]}""")
                .statusCode(200)
                .body("status", equalTo("CONCLUDED"))
                .body("outcome", equalTo("NOT_CONFIRMED"))
                .body("results.met", contains(true, false))
                .body("adaptations", contains("gesprekken in het Turks en Arabisch aangeboden"))
                .body("conditionsPresent", contains("EXTRA_FINANCIERING"))
                .body("concludedAt", notNullValue());
        JsonPath event = awaitEvent(verification, "nl.schaalsprong.verification.concluded.v2");
        assertEquals("NOT_CONFIRMED", event.getString("data.outcome"));

        post(verification, "conclude", amsterdam(), """
                {"results":[{"indicator":"aandeel huishoudens bereikt","measuredValue":71},
                            {"indicator":"kosten per woning","measuredValue":9000}],"conditionsPresent":[]}""")
                .statusCode(409).body("detail", containsString("from CONCLUDED to CONCLUDED"));
        post(verification, "decline", amsterdam(), "{\"reason\":\"toch niet\"}")
                .statusCode(409).body("detail", containsString("from CONCLUDED to DECLINED"));
        read(verification).body("outcome", equalTo("NOT_CONFIRMED")).body("results.measuredValue", contains(71.0f, 12500.0f));
        assertEquals(2, changes.about(verification.lessonId).size(), "accepted and concluded");
    }

    @Test
    void aMissingMeasurementIsInconclusive() {
        Verification verification = suggested(KINKERBUURT);
        post(verification, "accept", amsterdam(), criteria()).statusCode(200);
        post(verification, "conclude", amsterdam(),
                "{\"results\":[{\"indicator\":\"aandeel huishoudens bereikt\",\"measuredValue\":71}],"
                        + "\"conditionsPresent\":[]}")
                .statusCode(200).body("outcome", equalTo("INCONCLUSIVE"))
                .body("results[1].indicator", equalTo("kosten per woning"))
                .body("results[1].measuredValue", nullValue()).body("results[1].met", nullValue())
                .body("adaptations.size()", equalTo(0)).body("conditionsPresent.size()", equalTo(0));
    }

    @Test
    void decliningKeepsTheReasonAndIsFinal() {
        Verification verification = suggested(KINKERBUURT);
        post(verification, "decline", amsterdam(), "{\"reason\":\"De buurt zit al in een warmtenetproject\"}")
                .statusCode(200).body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("De buurt zit al in een warmtenetproject"))
                .body("declinedBy", equalTo("gemeente-amsterdam"));
        post(verification, "accept", amsterdam(), criteria()).statusCode(409)
                .body("title", equalTo("Conflict with the current state"))
                .body("detail", containsString("from DECLINED to ACCEPTED"));
        post(verification, "conclude", amsterdam(), "{\"results\":[],\"conditionsPresent\":[]}").statusCode(409)
                .body("detail", containsString("from DECLINED to CONCLUDED"));
        assertEquals(1, changes.about(verification.lessonId).size());
        JsonPath event = awaitEvent(verification, "nl.schaalsprong.verification.declined.v2");
        assertEquals("De buurt zit al in een warmtenetproject", event.getString("data.reason"));
        assertEquals("gemeente-amsterdam", event.getString("data.declinedBy"));
    }

    @Test
    void onlyAVerifierOfTheTargetsGemeenteOrAStewardMayAct() {
        Verification verification = suggested(KINKERBUURT);
        post(verification, "decline", null, "{\"reason\":\"nee\"}").statusCode(401)
                .contentType(startsWith("application/problem+json"));
        post(verification, "decline", token(Set.of("contributor"), List.of(AMSTERDAM)), "{\"reason\":\"nee\"}")
                .statusCode(403).contentType(startsWith("application/problem+json"));
        post(verification, "decline", token(Set.of("verifier"), List.of("GM0599")), "{\"reason\":\"nee\"}")
                .statusCode(403).contentType(startsWith("application/problem+json"));
        post(verification, "decline", token(Set.of("verifier"), List.of()), "{\"reason\":\"nee\"}").statusCode(403);
        read(verification).body("status", equalTo("SUGGESTED"));
        assertTrue(changes.about(verification.lessonId).isEmpty(), "a refused step changes nothing");

        post(verification, "accept", token(Set.of("steward"), List.of()), criteria()).statusCode(200);
        Verification other = suggested(KINKERBUURT);
        post(other, "accept", token(Set.of("verifier"), List.of("GM0599", AMSTERDAM)), criteria()).statusCode(200);
    }

    @Test
    void invalidRequestsAreProblemsAndChangeNothing() {
        Verification verification = suggested(KINKERBUURT);
        post(verification, "accept", amsterdam(), "{\"criteria\":[]}").statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", contains("criteria"));
        post(verification, "accept", amsterdam(), criterionX(halfAYearOn()).replace("AT_LEAST", "ROUGHLY"))
                .statusCode(400).contentType(startsWith("application/problem+json"));
        post(verification, "accept", amsterdam(), """
                {"criteria":[{"indicator":"x","comparison":"AT_LEAST","threshold":1,"unit":"%%","measuredOn":"%1$s"},
                             {"indicator":"x","comparison":"AT_MOST","threshold":2,"unit":"%%","measuredOn":"%1$s"}]}"""
                .formatted(halfAYearOn()))
                .statusCode(422).body("detail", containsString("listed twice"));
        post(verification, "accept", amsterdam(), criterionX(LocalDate.now(Arc.container().instance(Clock.class).get())))
                .statusCode(422).body("detail", containsString("not after the acceptance"));
        post(verification, "decline", amsterdam(), "{\"reason\":\" \"}").statusCode(400);
        read(verification).body("status", equalTo("SUGGESTED")).body("criteria.size()", equalTo(0));

        post(verification, "accept", amsterdam(), criteria()).statusCode(200);
        post(verification, "conclude", amsterdam(), "{\"results\":[{\"indicator\":\"tevredenheid\",\"measuredValue\":8}],"
                + "\"conditionsPresent\":[]}")
                .statusCode(422).body("detail", containsString("not one of the frozen criteria"));
        // Unknown is not "none": a conclusion that does not say which conditions were present is refused.
        post(verification, "conclude", amsterdam(),
                "{\"results\":[{\"indicator\":\"aandeel huishoudens bereikt\",\"measuredValue\":71}]}")
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("conditionsPresent"));
        read(verification).body("status", equalTo("ACCEPTED"));

        given().contentType(ContentType.JSON).header("Authorization", amsterdam()).body(criteria())
                .when().post("/api/v1/verifications/7a1c9d9e-0000-4000-8000-000000000000/accept")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void eachGemeenteSeesTheSuggestionsForItsBuurtenAndListsFilter() {
        // A gemeente of its own per run, so verifications of other tests do not show up.
        String digits = String.format("%04d", 1000 + new java.util.Random().nextInt(8000));
        String gemeente = "GM" + digits;
        Verification first = suggested("BU" + digits + "0101");
        Verification second = suggested("BU" + digits + "0102");
        Verification elsewhere = suggested("BU99990101");
        post(second, "accept", token(Set.of("steward"), List.of()), criteria()).statusCode(200);

        given().when().get("/api/v1/gemeenten/" + gemeente + "/suggestions").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(first.id.toString()))
                .body("items.status", everyItem(equalTo("SUGGESTED")));
        given().queryParam("gemeente", gemeente).when().get("/api/v1/verifications").then().statusCode(200)
                .body("total", equalTo(2));
        given().queryParam("gemeente", gemeente).queryParam("status", "ACCEPTED")
                .when().get("/api/v1/verifications").then().statusCode(200)
                .body("items.id", contains(second.id.toString()));
        given().queryParam("lessonId", elsewhere.lessonId.toString()).queryParam("gemeente", gemeente)
                .when().get("/api/v1/verifications").then().statusCode(200).body("total", equalTo(0));

        given().when().get("/api/v1/gemeenten/AMSTERDAM/suggestions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().queryParam("status", "MAYBE").queryParam("gemeente", "GM12").when().get("/api/v1/verifications")
                .then().statusCode(400).body("errors.field", contains("gemeente", "status"));
    }

    static JsonPath awaitEvent(Verification verification, String type) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<ConsumerRecord<String, String>> found = KafkaTopics.records("schaalsprong.verifications").stream()
                    .filter(r -> verification.id.toString().equals(r.key()))
                    .filter(r -> r.value().contains(type)).toList();
            assertFalse(found.size() > 1, "one event per step");
            return found.isEmpty() ? null : JsonPath.from(found.get(0).value());
        }, java.util.Objects::nonNull);
    }
}
