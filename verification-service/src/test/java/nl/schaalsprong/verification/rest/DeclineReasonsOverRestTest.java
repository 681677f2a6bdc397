package nl.schaalsprong.verification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.schaalsprong.verification.domain.Verification;
import org.junit.jupiter.api.Test;

import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.KINKERBUURT;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.amsterdam;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.awaitEvent;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.post;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.read;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.suggested;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** "Why not here", structured, over REST: stored, shown, announced; and what a kind lacks, named in a 400. */
@QuarkusTest
class DeclineReasonsOverRestTest {

    private static final String BARRIER = "7a1e0c9d-2b4f-4e6a-8c3d-5f9b1a2e4c70";

    @Test
    void aDimensionThatDiffersIsStoredShownAndAnnounced() {
        Verification verification = suggested(KINKERBUURT);
        post(verification, "decline", amsterdam(), """
                {"kind":"DIMENSION_DIFFERS","dimension":"STEDELIJKHEID"}""")
                .statusCode(200).body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("the buurt differs on STEDELIJKHEID"))
                .body("declineReasonDetail.kind", equalTo("DIMENSION_DIFFERS"))
                .body("declineReasonDetail.dimension", equalTo("STEDELIJKHEID"))
                .body("declineReasonDetail.text", nullValue());
        read(verification).body("declineReasonDetail.kind", equalTo("DIMENSION_DIFFERS"))
                .body("declineReasonDetail.dimension", equalTo("STEDELIJKHEID"));

        JsonPath event = awaitEvent(verification, "nl.schaalsprong.verification.declined.v2");
        assertEquals("DIMENSION_DIFFERS", event.getString("data.reasonKind"));
        assertEquals("STEDELIJKHEID", event.getString("data.dimension"));
        assertNull(event.getString("data.barrierId"));
        assertEquals("the buurt differs on STEDELIJKHEID", event.getString("data.reason"));
    }

    @Test
    void aBarrierIsNamedAndWordsMayAccompanyIt() {
        Verification verification = suggested(KINKERBUURT);
        post(verification, "decline", amsterdam(), """
                {"kind":"BARRIER","barrierId":"%s","text":"De aanbesteding loopt nog"}""".formatted(BARRIER))
                .statusCode(200).body("declineReason", equalTo("De aanbesteding loopt nog"))
                .body("declineReasonDetail.kind", equalTo("BARRIER"))
                .body("declineReasonDetail.barrierId", equalTo(BARRIER))
                .body("declineReasonDetail.dimension", nullValue());
        JsonPath event = awaitEvent(verification, "nl.schaalsprong.verification.declined.v2");
        assertEquals("BARRIER", event.getString("data.reasonKind"));
        assertEquals(BARRIER, event.getString("data.barrierId"));
    }

    @Test
    void theDeprecatedFreeTextReasonStillDeclinesAsOther() {
        Verification verification = suggested(KINKERBUURT);
        post(verification, "decline", amsterdam(), "{\"reason\":\"De buurt zit al in een warmtenetproject\"}")
                .statusCode(200).body("declineReason", equalTo("De buurt zit al in een warmtenetproject"))
                .body("declineReasonDetail.kind", equalTo("OTHER"))
                .body("declineReasonDetail.text", equalTo("De buurt zit al in een warmtenetproject"));
    }

    @Test
    void whatAKindLacksIsNamedAndNothingChanges() {
        Verification verification = suggested(KINKERBUURT);
        refused(verification, "{\"kind\":\"DIMENSION_DIFFERS\"}", "dimension");
        refused(verification, "{\"kind\":\"BARRIER\",\"text\":\"de aanbesteding\"}", "barrierId");
        refused(verification, "{\"kind\":\"OTHER\"}", "text");
        refused(verification, "{}", "kind");
        refused(verification, "{\"kind\":\"NO_CAPACITY\",\"dimension\":\"STEDELIJKHEID\"}", "dimension");
        post(verification, "decline", amsterdam(), "{\"kind\":\"DIMENSION_DIFFERS\",\"dimension\":\"stedelijk\"}")
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("dimension"));
        post(verification, "decline", amsterdam(), "{\"kind\":\"MAYBE\"}").statusCode(400)
                .contentType(startsWith("application/problem+json"));
        post(verification, "decline", amsterdam(), "{\"kind\":\"OTHER\",\"text\":\"%s\"}".formatted("x".repeat(2001)))
                .statusCode(400).body("errors.field", hasItem("text"));
        read(verification).body("status", equalTo("SUGGESTED")).body("declineReasonDetail", nullValue());
    }

    private static void refused(Verification verification, String body, String field) {
        post(verification, "decline", amsterdam(), body).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString(field));
    }
}
