package nl.schaalsprong.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.events.CloudEvent;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The idempotent-consumer table. Marking an event processed happens in the same transaction as its effects,
 * so a redelivered event is either fully applied already (and skipped) or not at all (and applied now).
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;
    private final Clock clock;
    private final Event<InboundEventClaimed> claimed;
    private final MeterRegistry registry;

    public ProcessedEvents(EntityManager entityManager, Clock clock, Event<InboundEventClaimed> claimed,
                           MeterRegistry registry) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.claimed = claimed;
        this.registry = registry;
    }

    /**
     * Claims the event for {@code consumer}.
     *
     * @return true on its first delivery; false when this consumer has already processed it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, CloudEvent event) {
        int inserted = entityManager.createNativeQuery(
                        "insert into processed_event (consumer, event_id, event_type, processed_at) "
                                + "values (:consumer, :eventId, :eventType, :processedAt) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .setParameter("eventType", event.type())
                .setParameter("processedAt", OffsetDateTime.now(clock))
                .executeUpdate();
        if (inserted == 1) {
            claimed.fire(new InboundEventClaimed(consumer, event));
        } else {
            countDuplicate(consumer);
        }
        return inserted == 1;
    }

    /**
     * An event claimed but ignored because the consumer already holds a newer state of its aggregate (a stale event
     * overtaken by a later one: a replay, or two producers' replicas): counted so a steady stream of them shows.
     */
    public void countStale(String consumer) {
        Counter.builder("schaalsprong.events.stale")
                .description("Events a consumer ignored because it holds a newer state of their aggregate")
                .tag("consumer", consumer).register(registry).increment();
    }

    /** A redelivery dropped: many in a row mean a consumer keeps losing its offsets, or a relay resends. */
    private void countDuplicate(String consumer) {
        Counter.builder("schaalsprong.events.duplicates").description("Redelivered events a consumer dropped")
                .tag("consumer", consumer).register(registry).increment();
    }

    /**
     * Whether {@code consumer} has already processed the event: a cheap look before costly work outside the
     * transaction (remote calls), so a redelivery is dropped before it costs anything. Not a claim: two deliveries
     * may both see "not yet", and only {@link #claim} in the handler's transaction decides. A "yes" is counted as
     * a dropped redelivery, as a refused claim is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean processedBefore(String consumer, CloudEvent event) {
        boolean before = !entityManager.createNativeQuery(
                        "select 1 from processed_event where consumer = :consumer and event_id = :eventId")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .getResultList().isEmpty();
        if (before) {
            countDuplicate(consumer);
        }
        return before;
    }
}
