package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.verification.domain.RetryBackoff;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A subscriber's standing order for events: where to deliver, which events, and how its receiver has fared. Every
 * failed attempt pushes the next one back (the backoff doubles with each failure in a row) and enough failures in a
 * row pause it; a delivery resets the count. Transitions return a new value; persistence stores it under a row lock.
 *
 * @param createdBy the token subject that created it
 * @param retryAt   while failing: no attempt before this time; null when the receiver is healthy
 */
public record Subscription(UUID id, String description, CallbackUrl callback, EventFilter filter,
                           SubscriptionSecret secret, SubscriptionStatus status, int consecutiveFailures,
                           OffsetDateTime retryAt, OffsetDateTime pausedAt, String pauseReason,
                           OffsetDateTime createdAt, String createdBy) {

    public static final int MAX_DESCRIPTION = 200;

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutive failures cannot be negative");
        }
    }

    public static Subscription create(String description, CallbackUrl callback, EventFilter filter, String createdBy,
                                      OffsetDateTime now) {
        return new Subscription(UUID.randomUUID(), description, callback, filter, SubscriptionSecret.generate(),
                SubscriptionStatus.ACTIVE, 0, null, null, null, now, createdBy);
    }

    /** A receiver answered 2xx: healthy again. */
    public Subscription delivered() {
        return new Subscription(id, description, callback, filter, secret, status, 0, null, pausedAt, pauseReason,
                createdAt, createdBy);
    }

    /** An attempt failed: wait longer before the next one, and pause when the policy says so. */
    public Subscription failed(String why, OffsetDateTime now, RetryBackoff backoff, PausePolicy pause) {
        int failures = consecutiveFailures + 1;
        OffsetDateTime next = now.plus(backoff.after(failures));
        if (status == SubscriptionStatus.ACTIVE && pause.pauses(failures)) {
            return new Subscription(id, description, callback, filter, secret, SubscriptionStatus.PAUSED, failures,
                    next, now, "paused after " + failures + " failed attempts in a row; the last: " + why,
                    createdAt, createdBy);
        }
        return new Subscription(id, description, callback, filter, secret, status, failures, next, pausedAt,
                pauseReason, createdAt, createdBy);
    }

    /** Deliveries go out again at once, the kept ones first. Resuming an active subscription changes nothing. */
    public Subscription resumed() {
        if (status == SubscriptionStatus.ACTIVE) {
            return this;
        }
        return new Subscription(id, description, callback, filter, secret, SubscriptionStatus.ACTIVE, 0, null, null,
                null, createdAt, createdBy);
    }
}
