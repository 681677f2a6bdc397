package nl.schaalsprong.verification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.Lesson;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.TaggedLesson;
import nl.schaalsprong.verification.domain.TypologyType;
import nl.schaalsprong.verification.domain.Verification;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.criteria;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.post;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 11's "must show", through the API: a lesson confirmed in two target buurten of two gemeenten (two types,
 * ordinary buurten) is not ESTABLISHED, and its evidence answer carries the confirmation rate with its interval.
 */
@QuarkusTest
class EvidenceOverRestTest {

    static final UUID STEDELIJK = UUID.fromString("5b1f0c1e-0000-4000-8000-000000000001");

    @Test
    void twoConfirmationsInTwoGemeentenAreNotEstablishedAndCarryTheirInterval() {
        UUID lesson = recordedLesson();
        Verification amsterdam = suggested(lesson, "BU03630105", 1, "Stedelijke vooroorlogse buurten");
        Verification utrecht = suggested(lesson, "BU03440201", 2, "Naoorlogse wijken");
        String steward = token(Set.of("steward"), List.of());
        for (Verification verification : List.of(amsterdam, utrecht)) {
            post(verification, "accept", steward, criteria()).statusCode(200);
            post(verification, "conclude", steward, """
                    {"results":[{"indicator":"aandeel huishoudens bereikt","measuredValue":71},
                                {"indicator":"kosten per woning","measuredValue":9000}],
                     "conditionsPresent":[]}""").statusCode(200).body("outcome", equalTo("CONFIRMED"));
        }

        float lower = given().when().get("/api/v1/evidence/lessons/" + lesson).then().statusCode(200)
                .body("level", not(equalTo("ESTABLISHED")))
                .body("level", equalTo("REPLICATED"))
                .body("reasons", hasItem("Niet gevestigd: bevestigd in 2 onafhankelijke gemeente(n) (GM0344, GM0363),"
                        + " minstens 3 nodig."))
                .body("confirmationRate.confirmed", equalTo(2))
                .body("confirmationRate.decisive", equalTo(2))
                .body("confirmationRate.rate", equalTo(1.0f))
                .body("confirmationRate.upper", equalTo(1.0f))
                .body("nullResultsAsFailures.rate", equalTo(1.0f))
                .extract().path("confirmationRate.lower");
        assertEquals(0.3424, lower, 1e-4, "Wilson's 95% lower bound of 2 of 2");
    }

    /** A lesson tagged participatie/keukentafel, learned in Groningen on the REPLICATIE route. */
    static UUID recordedLesson() {
        UUID lesson = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Lesson.record(new TaggedLesson(lesson, "proeftuin-test",
                new GemeenteCode("GM0014"), List.of(new BuurtCode("BU00140000")), Set.of(Route.REPLICATIE), null, null,
                Set.of(), List.of("participatie/keukentafel"), OffsetDateTime.now()), "event-" + lesson,
                OffsetDateTime.now()));
        return lesson;
    }

    static Verification suggested(UUID lesson, String buurt, int typeNumber, String typeLabel) {
        Verification verification = Verification.suggest(lesson, new ComparableBuurt(new BuurtCode(buurt), buurt, 0.9,
                new TypologyType(STEDELIJK, typeNumber, typeLabel), false, Map.of(), null), "event-" + UUID.randomUUID(),
                OffsetDateTime.now());
        QuarkusTransaction.requiringNew().run(verification::persist);
        return verification;
    }
}
