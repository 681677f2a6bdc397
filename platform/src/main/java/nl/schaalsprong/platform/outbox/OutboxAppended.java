package nl.schaalsprong.platform.outbox;

/** Fired when an event is appended; observed after commit to wake the relay without waiting for its poll. */
public record OutboxAppended(String eventType) {
}
