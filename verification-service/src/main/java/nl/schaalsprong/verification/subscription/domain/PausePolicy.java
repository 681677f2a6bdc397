package nl.schaalsprong.verification.subscription.domain;

/**
 * When a subscription stops being tried: after {@code afterFailures} failed attempts in a row, without a delivery in
 * between. With the backoff between attempts that is hours of a receiver not answering, not a short outage; its
 * deliveries are kept and go out once a subscriber resumes it.
 */
public record PausePolicy(int afterFailures) {

    public PausePolicy {
        if (afterFailures < 1) {
            throw new IllegalArgumentException("pause after at least 1 failure, not " + afterFailures);
        }
    }

    public boolean pauses(int consecutiveFailures) {
        return consecutiveFailures >= afterFailures;
    }
}
