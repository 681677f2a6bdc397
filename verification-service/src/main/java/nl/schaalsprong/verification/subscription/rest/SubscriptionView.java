package nl.schaalsprong.verification.subscription.rest;

import nl.schaalsprong.verification.subscription.domain.ApproachTag;
import nl.schaalsprong.verification.subscription.domain.AreaCode;
import nl.schaalsprong.verification.subscription.domain.SubscribedEvent;
import nl.schaalsprong.verification.subscription.domain.Subscription;
import nl.schaalsprong.verification.subscription.domain.SubscriptionStatus;
import nl.schaalsprong.verification.subscription.service.SubscriptionService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Subscription", description = "A subscription, with how its receiver fares")
public record SubscriptionView(
        @Schema(example = "7a1c9e0b-2f4d-4b8a-9c3e-5d6f7a8b9c0d") UUID id,
        @Schema(nullable = true, example = "Wijkteam Paddepoel") String description,
        @Schema(example = "https://gemeente.example.nl/schaalsprong/events") String callbackUrl,
        FilterView filter,
        @Schema(description = "ACTIVE: delivering; PAUSED: too many failed attempts in a row, deliveries are kept "
                + "until it is resumed", example = "ACTIVE") SubscriptionStatus status,
        @Schema(description = "Failed attempts since the last delivery", example = "0") int consecutiveFailures,
        @Schema(description = "While failing: the next attempt is not before this", nullable = true,
                example = "2026-12-04T19:05:00Z") OffsetDateTime retryAt,
        @Schema(nullable = true, example = "2026-12-04T19:05:00Z") OffsetDateTime pausedAt,
        @Schema(nullable = true, example = "paused after 20 failed attempts in a row; the last: the receiver answered 500")
        String pauseReason,
        @Schema(description = "Deliveries not yet made", example = "0") long pendingDeliveries,
        @Schema(example = "2026-12-04T18:55:00Z") OffsetDateTime createdAt,
        @Schema(description = "The token subject that created it", example = "gemeente-groningen") String createdBy,
        @Schema(description = "The key deliveries are signed with (HMAC-SHA256 of the body, header "
                + "Schaalsprong-Signature: sha256=<hex>). Only in the answer that creates the subscription; keep it "
                + "then, it is never shown again", nullable = true, example = "whsec_3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
        String secret) {

    @Schema(name = "SubscriptionFilter", description = "Which events the subscription receives; empty parts do not narrow")
    public record FilterView(
            @Schema(example = "[\"VERIFICATION_CONCLUDED\"]") List<SubscribedEvent> eventTypes,
            @Schema(example = "[\"WK001410\"]") List<String> areaCodes,
            @Schema(example = "[\"participatie\"]") List<String> tags) {
    }

    static SubscriptionView of(SubscriptionService.Listed listed) {
        return of(listed.subscription(), listed.pendingDeliveries(), null);
    }

    /** The answer to the creation: the only one with the secret. */
    static SubscriptionView created(Subscription subscription) {
        return of(subscription, 0, subscription.secret().value());
    }

    private static SubscriptionView of(Subscription s, long pending, String secret) {
        FilterView filter = new FilterView(s.filter().events().stream().sorted().toList(),
                s.filter().areas().stream().map(AreaCode::value).toList(),
                s.filter().tags().stream().map(ApproachTag::value).toList());
        return new SubscriptionView(s.id(), s.description(), s.callback().toString(), filter, s.status(),
                s.consecutiveFailures(), s.retryAt(), s.pausedAt(), s.pauseReason(), pending, s.createdAt(),
                s.createdBy(), secret);
    }

}
