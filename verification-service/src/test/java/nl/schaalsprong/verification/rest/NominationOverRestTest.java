package nl.schaalsprong.verification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.verification.TypologyStub;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.DimensionDifference;
import nl.schaalsprong.verification.domain.Lesson;
import nl.schaalsprong.verification.domain.LessonContent;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.TaggedLesson;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.messaging.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.amsterdam;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.criteria;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.token;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 13 item 2, "trying it here", through the API over the real stack: a verifier of Amsterdam nominates an
 * Amsterdam buurt for a lesson; the nomination is recorded as chosen by the gemeente, announced, concluded, and the
 * lesson's evidence counts it and flags that its level leans on self-selection. And every bad input's problem.
 */
@QuarkusTest
class NominationOverRestTest {

    /** A buurt of Amsterdam that the typology stub compares with {@link TypologyStub#TYPED}, with contributions. */
    static final String DAPPERBUURT = "BU03630201";
    static final String TRANSVAALBUURT = "BU03630202";

    static UUID taggedLesson() {
        UUID lesson = UUID.randomUUID();
        LessonContent content = new LessonContent("Keukentafelgesprekken over isolatie", "Aardgasvrije wijk Selwerd",
                "Begin met de eigenaren die al willen", LessonContent.LessonOutcome.SUCCESS, List.of(), List.of(), null);
        QuarkusTransaction.requiringNew().run(() -> Lesson.record(new TaggedLesson(lesson, "proeftuin-selwerd",
                new GemeenteCode("GM0014"), List.of(new BuurtCode(TypologyStub.TYPED)), Set.of(Route.REPLICATIE), null,
                null, Set.of(), List.of("participatie/keukentafel"), OffsetDateTime.now(), content),
                "tagged-" + lesson, OffsetDateTime.now()));
        return lesson;
    }

    static String nomination(Object lessonId, String buurt) {
        String criteria = criteria();
        return "{\"lessonId\":\"" + lessonId + "\",\"buurtCode\":\"" + buurt + "\","
                + criteria.substring(criteria.indexOf('{') + 1);
    }

    static ValidatableResponse nominate(String token, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", token);
        }
        return request.when().post("/api/v1/verifications").then();
    }

    @Test
    void aGemeenteNominatesItsOwnBuurtAndTheEvidenceSaysTheLevelLeansOnIt() {
        UUID lesson = taggedLesson();
        String location = nominate(amsterdam(), nomination(lesson, DAPPERBUURT)).statusCode(201)
                .header("Location", containsString("/api/v1/verifications/"))
                .body("selection", equalTo("NOMINATED"))
                .body("status", equalTo("ACCEPTED"))
                .body("exploratory", equalTo(false))
                .body("acceptedBy", equalTo("gemeente-amsterdam"))
                .body("targetGemeenteCode", equalTo("GM0363"))
                .body("similarity", equalTo(0.95f))
                .body("comparison.STEDELIJKHEID.contribution", equalTo(0.05f))
                .body("lesson.title", equalTo("Keukentafelgesprekken over isolatie"))
                .body("whyComparable.summary", startsWith("Door de gemeente zelf gekozen; lijkt voor 95% op de herkomst"))
                .body("whyComparable.differsMostOn", equalTo(List.of("STEDELIJKHEID")))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertEquals(lesson.toString(), given().when().get(location).then().statusCode(200)
                .body("selection", equalTo("NOMINATED")).extract().path("lessonId"));

        JsonPath event = await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<ConsumerRecord<String, String>> found = KafkaTopics.records("schaalsprong.verifications").stream()
                    .filter(r -> id.equals(r.key())).toList();
            return found.isEmpty() ? null : JsonPath.from(found.get(0).value());
        }, java.util.Objects::nonNull);
        assertEquals("nl.schaalsprong.verification.accepted.v2", event.getString("type"));
        assertEquals("NOMINATED", event.getString("data.selection"));

        given().contentType(ContentType.JSON).header("Authorization", amsterdam()).body("""
                {"results":[{"indicator":"aandeel huishoudens bereikt","measuredValue":71},
                            {"indicator":"kosten per woning","measuredValue":9000}],
                 "conditionsPresent":[]}""")
                .when().post(location + "/conclude").then().statusCode(200).body("outcome", equalTo("CONFIRMED"));

        given().when().get("/api/v1/evidence/lessons/" + lesson).then().statusCode(200)
                .body("level", equalTo("INDICATIVE"))
                .body("nominatedConclusions", equalTo(1))
                .body("chanceRisk.flagged", equalTo(true))
                .body("chanceRisk.reasons", hasItem("Leunt op zelfselectie: 1 van de 1 bevestigde buurt(en) zelf"
                        + " gekozen (BU03630201); zonder die bevestigingen ORIGIN_ONLY in plaats van INDICATIVE."))
                .body("verifications[0].nominated", equalTo(true));

        // The lesson has its verification in the Dapperbuurt now: a second nomination there duplicates it.
        nominate(amsterdam(), nomination(lesson, DAPPERBUURT)).statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("already has a verification in BU03630201"));
    }

    @Test
    void anOpenVerificationIsNotDuplicated() {
        UUID lesson = taggedLesson();
        nominate(amsterdam(), nomination(lesson, TRANSVAALBUURT)).statusCode(201);
        nominate(token(Set.of("steward"), List.of()), nomination(lesson, TRANSVAALBUURT)).statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", endsWith("an open verification there would be duplicated"));
    }

    @Test
    void aLessonOfWijkScaleIsNotNominatedInABuurt() {
        UUID lesson = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Lesson.record(new TaggedLesson(lesson, "proeftuin-selwerd",
                new GemeenteCode("GM0014"), List.of(new BuurtCode(TypologyStub.TYPED)), Set.of(Route.REPLICATIE), null,
                new TaggedLesson.Rightscaling("WIJK", "WIJK", "GEMEENTE"), Set.of(), List.of("participatie/keukentafel"),
                OffsetDateTime.now()), "tagged-" + lesson, OffsetDateTime.now()));
        nominate(amsterdam(), nomination(lesson, DAPPERBUURT)).statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("verified in comparable wijken, not in a single buurt"));
    }

    @Test
    void badInputIsAProblemInTheClientsTerms() {
        UUID lesson = taggedLesson();
        nominate(amsterdam(), nomination(lesson, "BU05990301")).statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("lies in GM0599, which the token of gemeente-amsterdam does not list"));
        nominate(amsterdam(), nomination(lesson, "BU0363")).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(containsString("buurtCode")));
        nominate(amsterdam(), nomination("not-a-lesson", DAPPERBUURT)).statusCode(400)
                .contentType(startsWith("application/problem+json"));
        nominate(amsterdam(), nomination(lesson, "BU03639999")).statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("buurt 'BU03639999' does not exist"));
        nominate(amsterdam(), nomination(UUID.randomUUID(), DAPPERBUURT)).statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("lesson '"));
        nominate(token(Set.of("steward"), List.of()), nomination(lesson, TypologyStub.TYPED)).statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("was learned in " + TypologyStub.TYPED));
        nominate(null, nomination(lesson, DAPPERBUURT)).statusCode(401);
        given().when().get("/api/v1/verifications?lessonId=" + lesson).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aGemeentesSuggestionsSayWhatTheLessonIsAndWhyTheBuurtIsComparable() {
        UUID lesson = taggedLesson();
        Verification suggested = Verification.suggest(lesson, new ComparableBuurt(new BuurtCode("BU03630203"),
                        "Indische Buurt", 0.98, null, true, Map.of(
                        "STEDELIJKHEID", new DimensionDifference(0.25, 0.05),
                        "AANDEEL_65_PLUS", new DimensionDifference(0.02, 0.004)), null),
                "tagged-" + lesson, OffsetDateTime.now());
        QuarkusTransaction.requiringNew().run(suggested::persist);

        String item = "items.find { it.id == '" + suggested.id + "' }.";
        given().queryParam("size", 200).when().get("/api/v1/gemeenten/GM0363/suggestions").then().statusCode(200)
                .body(item + "selection", equalTo("SUGGESTED"))
                .body(item + "lesson.title", equalTo("Keukentafelgesprekken over isolatie"))
                .body(item + "lesson.recommendation", equalTo("Begin met de eigenaren die al willen"))
                .body(item + "whyComparable.differsMostOn", equalTo(List.of("STEDELIJKHEID")))
                .body(item + "whyComparable.alikeOn", equalTo(List.of("AANDEEL_65_PLUS")))
                .body(item + "whyComparable.summary", equalTo("Voorgesteld omdat het voor 98% op de herkomst lijkt;"
                        + " verschilt het meest in STEDELIJKHEID; vrijwel gelijk in AANDEEL_65_PLUS."));
    }
}
