package nl.schaalsprong.platform.inbox;

import nl.schaalsprong.platform.events.CloudEvent;

/**
 * Fired synchronously when a consumer claims an event for the first time, inside the transaction that applies it:
 * whoever must record something about a consumed event (verification-service forwards some to webhook subscribers)
 * does it in that transaction, so a redelivery records nothing twice and a rollback records nothing.
 */
public record InboundEventClaimed(String consumer, CloudEvent event) {
}
