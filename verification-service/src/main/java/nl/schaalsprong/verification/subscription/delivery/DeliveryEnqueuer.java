package nl.schaalsprong.verification.subscription.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.CloudEventCodec;
import nl.schaalsprong.platform.inbox.InboundEventClaimed;
import nl.schaalsprong.platform.outbox.OutboxAppended;
import nl.schaalsprong.verification.subscription.domain.EventFacts;
import nl.schaalsprong.verification.subscription.domain.SubscribedEvent;
import nl.schaalsprong.verification.subscription.domain.Subscription;
import nl.schaalsprong.verification.subscription.persistence.DeliveryStore;
import nl.schaalsprong.verification.subscription.persistence.SubscriptionStore;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records the deliveries an event owes, in the transaction that appends it to the outbox (our own events) or claims
 * it (the lesson taggings we consume): they commit together or not at all, so nothing is lost when a receiver or this
 * service is down, and a rolled-back change is delivered to nobody. Paused subscriptions collect their deliveries too.
 */
@ApplicationScoped
class DeliveryEnqueuer {

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final EventFactsReader facts;
    private final CloudEventCodec codec;
    private final EntityManager entityManager;
    private final Event<DeliveriesOwed> owed;
    private final Clock clock;

    DeliveryEnqueuer(SubscriptionStore subscriptions, DeliveryStore deliveries, EventFactsReader facts,
                     CloudEventCodec codec, EntityManager entityManager, Event<DeliveriesOwed> owed, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.facts = facts;
        this.codec = codec;
        this.entityManager = entityManager;
        this.owed = owed;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void appended(@Observes OutboxAppended appended) {
        owe(appended.events());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void claimed(@Observes InboundEventClaimed claimed) {
        owe(List.of(claimed.event()));
    }

    private void owe(List<CloudEvent> events) {
        Optional<SubscribedEvent> kind = events.isEmpty() ? Optional.empty()
                : SubscribedEvent.ofType(events.get(0).type());
        if (kind.isEmpty()) {
            return;
        }
        List<Subscription> interested = subscriptions.all().stream()
                .filter(s -> s.filter().events().isEmpty() || s.filter().events().contains(kind.get())).toList();
        if (interested.isEmpty()) {
            return;
        }
        // What the events are about is read from the tables this transaction has written too.
        entityManager.flush();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<DeliveryStore.Owed> owing = new ArrayList<>();
        for (CloudEvent event : events) {
            EventFacts about = facts.read(kind.get(), event);
            String payload = null;
            for (Subscription subscription : interested) {
                if (subscription.filter().matches(about)) {
                    payload = payload == null ? codec.write(event) : payload;
                    owing.add(new DeliveryStore.Owed(subscription.id(), event.id(), event.type(), payload, now));
                }
            }
        }
        if (!owing.isEmpty()) {
            deliveries.owe(owing);
            owed.fire(new DeliveriesOwed(owing.size()));
        }
    }
}
