package nl.schaalsprong.verification.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * When a parked lesson ({@link PendingSuggestion}) is asked for again. After a typology outage with backoff, for an
 * outage ends by itself. When its origin lacks figures, figures do not come back by waiting: typology-service's own
 * events say when a buurt's figures or the basis changed, and those wake the lesson at once
 * ({@code TypologyEventsConsumer}); {@code figuresRecheck} only bounds how long a lesson waits should such an event
 * never concern it (a basis' coverage rule changed, say). Asking every few minutes instead cost a standing ten typology
 * calls a second once thousands of lessons waited, as at a tenth of the design point (docs/benchmarks.md, session 20).
 */
public record PendingPace(RetryBackoff outage, Duration figuresRecheck) {

    public PendingPace {
        Objects.requireNonNull(outage, "outage");
        if (figuresRecheck == null || figuresRecheck.isNegative() || figuresRecheck.isZero()) {
            throw new IllegalArgumentException("a lesson waiting for figures is checked again after a positive"
                    + " duration, not " + figuresRecheck);
        }
    }

    /** The next attempt after {@code failedAttempts} failed ones (at least 1), the last failing for {@code why}. */
    public OffsetDateTime nextAttempt(WaitingFor why, int failedAttempts, OffsetDateTime now) {
        return now.plus(why == WaitingFor.ORIGIN_DATA ? figuresRecheck : outage.after(failedAttempts));
    }
}
