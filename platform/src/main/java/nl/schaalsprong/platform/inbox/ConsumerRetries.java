package nl.schaalsprong.platform.inbox;

import java.time.Duration;
import java.util.Optional;

/**
 * When a consumer tries a record again: only after a {@linkplain TransientFailures transient} failure, at most
 * {@code retries} times, waiting {@code first} and then twice as long each time up to {@code max}. While the database
 * is away ({@link TransientFailures#isDatabaseAway}) the record is tried again without limit: dead-lettering it would
 * lose a good record to an outage of ours (TwoReplicasIT stops PostgreSQL for 30 s), and the records behind it on its
 * partition wait for the database too.
 */
public record ConsumerRetries(int retries, Duration first, Duration max) {

    public ConsumerRetries {
        if (retries < 0 || first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("retries " + retries + ", backoff " + first + " up to " + max);
        }
    }

    /**
     * @param retried how many retries the record has had so far
     * @return how long to wait before the next try; empty when the failure goes to the dead-letter topic now
     */
    public Optional<Duration> next(int retried, Throwable failure) {
        if (!TransientFailures.isTransient(failure)
                || (retried >= retries && !TransientFailures.isDatabaseAway(failure))) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 0; i < retried && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(wait.compareTo(max) < 0 ? wait : max);
    }
}
