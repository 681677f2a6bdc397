package nl.schaalsprong.platform.deadletter;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A record one of this service's consumers gave up on, as it was consumed: its original topic, key and payload, and
 * the failure that dead-lettered it. Replayed once at most: a second replay of the same dead letter changes nothing.
 *
 * @param key        the record's key; null when it had none
 * @param reason     the failure, as the dead-letter topic's {@code dead-letter-reason} header gave it; null if absent
 * @param replayedAt when a steward had it re-published to {@code topic}; null while it has not been
 */
public record DeadLetter(UUID id, String topic, String key, String payload, String reason,
                         OffsetDateTime deadLetteredAt, OffsetDateTime replayedAt, String replayedBy) {

    public DeadLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(deadLetteredAt, "deadLetteredAt");
    }

    public boolean replayed() {
        return replayedAt != null;
    }
}
