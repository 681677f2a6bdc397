package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.inbox.ProcessedEvents;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.verification.TypologyStub;
import nl.schaalsprong.verification.domain.DeclineReason;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.messaging.VerificationEvents;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's event guarantees, on the real PostgreSQL and Kafka of the local stack (issue 15: a test must fail
 * if the claim always answered "new", if a rolled-back transaction emitted its events, or if the outbox could be
 * written outside a transaction).
 */
@QuarkusTest
class PlatformGuaranteesTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ProcessedEvents processed;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager entityManager;

    static CloudEvent event() {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "nl.schaalsprong.lesson.tagged.v1", "/schaalsprong/lessons-service", OffsetDateTime.now(),
                UUID.randomUUID().toString(), "application/json", null, JsonNodeFactory.instance.objectNode());
    }

    @Test
    void anEventIsClaimedOncePerConsumer() {
        CloudEvent event = event();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.claim("guarantees", event)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> processed.claim("guarantees", event)));
        // Another consumer in the same service has its own claim on the same event.
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.claim("guarantees-other", event)));
    }

    @Test
    void aClaimInATransactionThatRollsBackIsNoClaim() {
        CloudEvent event = event();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            processed.claim("guarantees", event);
            throw new IllegalStateException("the handler failed");
        }));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.claim("guarantees", event)));
    }

    @Test
    void theOutboxIsNeverWrittenOutsideATransaction() {
        assertThrows(TransactionalException.class, () -> outbox.append(VerificationEvents.VERIFICATION_SUGGESTED,
                UUID.randomUUID().toString(), Map.of("verificationId", UUID.randomUUID().toString())));
    }

    @Test
    void aRolledBackTransactionEmitsNothing() {
        String aggregate = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(VerificationEvents.VERIFICATION_SUGGESTED, aggregate, Map.of("verificationId", aggregate));
            throw new IllegalStateException("the business rule failed after the event was appended");
        }));
        assertEquals(0L, outboxRows(aggregate));
        // A committed one, as a marker on the same topic: once it is relayed, the rolled-back one had its chance.
        String committed = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.append(VerificationEvents.VERIFICATION_SUGGESTED, committed,
                Map.of("verificationId", committed)));
        String topic = VerificationEvents.VERIFICATION_SUGGESTED.topic();
        await().atMost(PATIENCE).until(() -> KafkaTopics.records(topic).stream().anyMatch(r -> committed.equals(r.key())));
        assertTrue(KafkaTopics.records(topic).stream().noneMatch(r -> aggregate.equals(r.key())));
    }

    @Test
    void aLessonTaggedRedeliveredAfterADeclineSuggestsNothingNew() {
        UUID lesson = UUID.randomUUID();
        String event = LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.ORIGIN));
        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(), event);
        await().atMost(PATIENCE).untilAsserted(() -> verifications(lesson, 3));
        QuarkusTransaction.requiringNew().run(() -> Verification.<Verification>find("lessonId", lesson).firstResult()
                .decline(DeclineReason.other("geen capaciteit dit jaar"), "gemeente-test", Clock.systemUTC()));

        // The same event again: were it taken for new, the declined place would be topped up with a fourth buurt.
        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(), event);
        UUID marker = UUID.randomUUID();
        KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(),
                LessonEvents.lessonTagged(UUID.randomUUID().toString(), marker, List.of(TypologyStub.ORIGIN)));
        await().atMost(PATIENCE).untilAsserted(() -> verifications(marker, 3));
        verifications(lesson, 3);
    }

    private static void verifications(UUID lesson, int total) {
        given().queryParam("lessonId", lesson.toString()).when().get("/api/v1/verifications")
                .then().statusCode(200).body("total", equalTo(total));
    }

    private long outboxRows(String aggregate) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where aggregate_id = :aggregate")
                .setParameter("aggregate", aggregate).getSingleResult()).longValue());
    }
}
