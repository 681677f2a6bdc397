package nl.schaalsprong.platform.outbox;

import java.util.UUID;

/**
 * One committed outbox row not yet published: the complete CloudEvent JSON in {@code payload}, to go to
 * {@code topic} under the key {@code aggregateId}. {@code seq} is the insertion order, which the relay keeps.
 */
record PendingEvent(long seq, UUID eventId, String topic, String eventType, String aggregateId, String payload) {
}
