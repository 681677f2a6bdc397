package nl.schaalsprong.lessons;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import nl.schaalsprong.lessons.domain.Lesson;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A client may retry recording a lesson: with the same Idempotency-Key and body it gets the first answer. */
@QuarkusTest
class IdempotentRecordTest {

    private static ExtractableResponse<Response> post(String key, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", Lessons.contributor())
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/lessons").then().extract();
    }

    private static long lessonsTitled(String title) {
        return QuarkusTransaction.requiringNew().call(() -> Lesson.count("title", title));
    }

    @Test
    void theSameKeyAndBodyGetTheFirstAnswerAndRecordNothingMore() {
        String title = "Idempotent " + UUID.randomUUID();
        String body = Lessons.COMPLETE.replace("Keukentafelgesprekken verhogen de deelname", title);
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = post(key, body);
        // The same request again, formatted differently: the same request as read.
        ExtractableResponse<Response> retry = post(key, body.replace("\n", " "));

        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.path("id").toString(), retry.path("id").toString());
        assertEquals(first.asString(), retry.asString());
        assertEquals(1, lessonsTitled(title), "the retry recorded no second lesson");
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422AndRecordsNothing() {
        String key = UUID.randomUUID().toString();
        String title = "Eerste " + UUID.randomUUID();
        String other = "Andere " + UUID.randomUUID();
        post(key, Lessons.COMPLETE.replace("Keukentafelgesprekken verhogen de deelname", title));

        given().contentType(ContentType.JSON).header("Authorization", Lessons.contributor())
                .header("Idempotency-Key", key)
                .body(Lessons.COMPLETE.replace("Keukentafelgesprekken verhogen de deelname", other))
                .when().post("/api/v1/lessons")
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("detail", containsString(key));
        assertEquals(0, lessonsTitled(other));
    }

    @Test
    void withoutAKeyEveryPostRecordsAndAMalformedKeyIsA400() {
        String title = "Zonder sleutel " + UUID.randomUUID();
        String body = Lessons.COMPLETE.replace("Keukentafelgesprekken verhogen de deelname", title);
        Lessons.record(body);
        Lessons.record(body);
        assertEquals(2, lessonsTitled(title));
        given().contentType(ContentType.JSON).header("Authorization", Lessons.contributor())
                .header("Idempotency-Key", "met spatie").body(body)
                .when().post("/api/v1/lessons")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aFailedAttemptLeavesTheKeyFree() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.contributorOf(Lessons.PROEFTUIN, "nergens-nooit"))
                .header("Idempotency-Key", key)
                .body(Lessons.COMPLETE.replace(Lessons.PROEFTUIN, "nergens-nooit"))
                .when().post("/api/v1/lessons").then().statusCode(422);
        assertEquals(201, post(key, Lessons.COMPLETE).statusCode());
    }
}
