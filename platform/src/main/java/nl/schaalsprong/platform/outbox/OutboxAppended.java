package nl.schaalsprong.platform.outbox;

import nl.schaalsprong.platform.events.CloudEvent;

import java.util.List;

/**
 * Fired synchronously when events are appended, inside the business transaction: observed after commit to wake the
 * relay without waiting for its poll, and by whoever must record something about these very events in the same
 * transaction (verification-service's webhook deliveries), so that nothing is recorded for a rolled-back change.
 *
 * @param events the CloudEvents as they will be published, in order
 */
public record OutboxAppended(String eventType, List<CloudEvent> events) {
    public OutboxAppended {
        events = List.copyOf(events);
    }
}
