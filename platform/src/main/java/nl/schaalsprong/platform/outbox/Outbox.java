package nl.schaalsprong.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.config.EventsConfig;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.CloudEventCodec;
import nl.schaalsprong.platform.events.EventType;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The write side of the transactional outbox. It refuses to run outside a transaction: an event appended
 * outside the business transaction could survive a rollback of the change it describes.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final CloudEventCodec codec;
    private final EventsConfig config;
    private final Clock clock;
    private final Event<OutboxAppended> appended;

    public Outbox(EntityManager entityManager, CloudEventCodec codec, EventsConfig config, Clock clock,
                  Event<OutboxAppended> appended) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.config = config;
        this.clock = clock;
        this.appended = appended;
    }

    /**
     * Records an event about {@code aggregateId}; it reaches Kafka after the surrounding transaction commits.
     *
     * @return the CloudEvent as it will be published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(EventType type, String aggregateId, Object data) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), type.type(),
                config.source(), now, aggregateId, "application/json", type.dataschema(),
                codec.mapper().valueToTree(data));
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = UUID.fromString(event.id());
        entry.topic = type.topic();
        entry.eventType = type.type();
        entry.aggregateId = aggregateId;
        entry.payload = codec.write(event);
        entry.createdAt = now;
        entityManager.persist(entry);
        appended.fire(new OutboxAppended(type.type()));
        return event;
    }
}
