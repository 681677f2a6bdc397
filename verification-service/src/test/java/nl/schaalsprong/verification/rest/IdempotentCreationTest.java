package nl.schaalsprong.verification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.schaalsprong.verification.rest.NominationOverRestTest.DAPPERBUURT;
import static nl.schaalsprong.verification.rest.NominationOverRestTest.nomination;
import static nl.schaalsprong.verification.rest.NominationOverRestTest.taggedLesson;
import static nl.schaalsprong.verification.rest.VerificationWorkflowTest.amsterdam;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Retries of verification-service's creating POSTs are safe with an Idempotency-Key: a nomination and a subscription
 * are created once per key and body, and the retry gets the first answer (not a 409, not a second subscription that
 * would deliver every event twice); the same key with another body is a 422.
 */
@QuarkusTest
class IdempotentCreationTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aRetriedNominationGetsTheFirstAnswerInsteadOfAConflict() {
        UUID lesson = taggedLesson();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = nominate(key, nomination(lesson, DAPPERBUURT));
        ExtractableResponse<Response> retry = nominate(key, nomination(lesson, DAPPERBUURT));

        assertEquals(201, first.statusCode(), first.body().asString());
        assertEquals(201, retry.statusCode(), retry.body().asString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1L, count("select count(*) from verification where lesson_id = '" + lesson + "'"));

        given().contentType(ContentType.JSON).header("Authorization", amsterdam())
                .header("Idempotency-Key", key).body(nomination(lesson, NominationOverRestTest.TRANSVAALBUURT))
                .when().post("/api/v1/verifications").then().statusCode(422)
                .contentType(startsWith("application/problem+json")).body("detail", containsString(key));
        assertEquals(1L, count("select count(*) from verification where lesson_id = '" + lesson + "'"));
    }

    @Test
    void aRetriedSubscriptionIsCreatedOnce() {
        String key = UUID.randomUUID().toString();
        String description = "KLP-systeem " + key;
        String body = "{\"callbackUrl\":\"https://klp.example.nl/hook\",\"description\":\"" + description
                + "\",\"filter\":{}}";
        ExtractableResponse<Response> first = subscribe(key, body);
        ExtractableResponse<Response> retry = subscribe(key, body);

        assertEquals(201, first.statusCode(), first.body().asString());
        assertEquals(201, retry.statusCode(), retry.body().asString());
        assertEquals(first.path("id").toString(), retry.path("id").toString());
        assertEquals(first.path("secret").toString(), retry.path("secret").toString());
        assertEquals(1L, count("select count(*) from subscription where description = '" + description + "'"));

        ExtractableResponse<Response> other = subscribe(key, body.replace("/hook", "/other"));
        assertEquals(422, other.statusCode(), other.body().asString());
        assertEquals(true, other.contentType().startsWith("application/problem+json"), other.contentType());
        assertEquals(1L, count("select count(*) from subscription where description = '" + description + "'"));
    }

    private static ExtractableResponse<Response> nominate(String key, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", amsterdam())
                .header("Idempotency-Key", key).body(body).when().post("/api/v1/verifications").then().extract();
    }

    private static ExtractableResponse<Response> subscribe(String key, String body) {
        return given().header("Authorization", VerificationWorkflowTest.token(Set.of("steward"), List.of()))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).when().post("/api/v1/subscriptions").then().extract();
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
