package nl.schaalsprong.verification.domain;

import java.time.Duration;

/**
 * When to try again after the n-th failed attempt: the delay doubles from {@code first} up to {@code max}, so a
 * long typology outage is probed ever more calmly but never given up on.
 */
public record RetryBackoff(Duration first, Duration max) {

    public RetryBackoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max, not " + first + " and " + max);
        }
    }

    /** @param failedAttempts how many attempts have failed so far, at least 1 */
    public Duration after(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
