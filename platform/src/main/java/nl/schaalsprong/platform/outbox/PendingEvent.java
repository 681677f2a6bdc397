package nl.schaalsprong.platform.outbox;

import java.util.UUID;

/**
 * One committed outbox row not yet published: the complete CloudEvent JSON in {@code payload}, to go to
 * {@code topic} under the key {@code aggregateId}. {@code seq} is the insertion order, which the relay keeps. {@code traceparent} and
 * {@code tracestate} are the trace context the event was recorded under, null for rows recorded outside a trace.
 */
record PendingEvent(long seq, UUID eventId, String topic, String eventType, String aggregateId, String payload,
                    String traceparent, String tracestate) {
}
