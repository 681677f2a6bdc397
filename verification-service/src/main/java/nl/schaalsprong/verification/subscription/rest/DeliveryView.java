package nl.schaalsprong.verification.subscription.rest;

import nl.schaalsprong.verification.subscription.domain.DeliveryState;
import nl.schaalsprong.verification.subscription.persistence.DeliveryStore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Delivery", description = "One event owed to a subscription, with every attempt to deliver it")
public record DeliveryView(
        @Schema(description = "Sent as header Schaalsprong-Delivery", example = "0d3b5c7e-1a2f-4e6d-8b9c-0a1b2c3d4e5f")
        UUID id,
        @Schema(description = "The CloudEvent's id; the same in a retry", example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
        String eventId,
        @Schema(example = "nl.schaalsprong.verification.concluded.v1") String eventType,
        @Schema(example = "DELIVERED") DeliveryState state,
        @Schema(example = "2") int attempts,
        @Schema(example = "2026-12-04T18:56:00Z") OffsetDateTime createdAt,
        @Schema(nullable = true, example = "2026-12-04T18:56:06Z") OffsetDateTime deliveredAt,
        @Schema(description = "Every attempt, first first") List<AttemptView> attemptLog) {

    @Schema(name = "DeliveryAttempt", description = "One attempt: the receiver's status, or why there was none")
    public record AttemptView(
            @Schema(example = "1") int attempt,
            @Schema(example = "2026-12-04T18:56:00Z") OffsetDateTime attemptedAt,
            @Schema(nullable = true, example = "500") Integer statusCode,
            @Schema(nullable = true, example = "the receiver answered 500") String error,
            @Schema(example = "42") long durationMs) {
    }

    static DeliveryView of(DeliveryStore.Logged d) {
        return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.state(), d.attempts(), d.createdAt(),
                d.deliveredAt(), d.attemptLog().stream().map(a -> new AttemptView(a.attempt(), a.attemptedAt(),
                a.statusCode(), a.error(), a.durationMs())).toList());
    }
}
