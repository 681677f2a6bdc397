package nl.schaalsprong.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.config.EventsConfig;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.CloudEventCodec;
import nl.schaalsprong.platform.events.EventType;
import nl.schaalsprong.platform.tracing.TraceContext;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The write side of the transactional outbox. It refuses to run outside a transaction: an event appended
 * outside the business transaction could survive a rollback of the change it describes. Each event keeps the trace
 * context of the span current at append (in the envelope and in the row), so its consumers continue that trace.
 */
@ApplicationScoped
public class Outbox {

    private static final int BATCH = 500;

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
        CloudEvent event = envelope(type, aggregateId, data, OffsetDateTime.now(clock), TraceContext.current());
        insert(type, List.of(event));
        return event;
    }

    /**
     * Records many events of one type at once, in JDBC batches, in the order given.
     *
     * @param dataByAggregate each event's data by its aggregate id, in the order they are to be published
     * @return how many events were recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int appendAll(EventType type, Map<String, ?> dataByAggregate) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<TraceContext> trace = TraceContext.current();
        List<CloudEvent> events = dataByAggregate.entrySet().stream()
                .map(each -> envelope(type, each.getKey(), each.getValue(), now, trace)).toList();
        insert(type, events);
        return events.size();
    }

    /**
     * Plain JDBC on the transaction's connection, not an entity: the outbox's identity key would make Hibernate
     * insert every row on its own (and dirty-check it at each flush), which at a thousand events a second is
     * most of the cost of an event. Nothing the session holds needs flushing first; the rows reference nothing.
     */
    private void insert(EventType type, List<CloudEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into outbox_event "
                    + "(event_id, topic, event_type, aggregate_id, payload, created_at, traceparent, tracestate)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (CloudEvent event : events) {
                    insert.setObject(1, UUID.fromString(event.id()));
                    insert.setString(2, type.topic());
                    insert.setString(3, type.type());
                    insert.setString(4, event.subject());
                    insert.setString(5, codec.write(event));
                    insert.setObject(6, event.time());
                    insert.setString(7, event.traceparent());
                    insert.setString(8, event.tracestate());
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
        appended.fire(new OutboxAppended(type.type(), events));
    }

    /**
     * Records a record exactly as it was once consumed (a dead letter a steward replays) for the relay to publish again
     * to {@code topic} under {@code key}: the payload is not wrapped anew, so the original CloudEvent, id included,
     * reaches its consumers, whose claim decides whether they have applied it already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendRecord(String topic, String eventType, String key, String payload) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into outbox_event "
                    + "(event_id, topic, event_type, aggregate_id, payload, created_at) values (?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, topic);
                insert.setString(3, eventType);
                insert.setString(4, key);
                insert.setString(5, payload);
                insert.setObject(6, OffsetDateTime.now(clock));
                insert.executeUpdate();
            }
        });
    }

    private CloudEvent envelope(EventType type, String aggregateId, Object data, OffsetDateTime now,
                                Optional<TraceContext> trace) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), type.type(), config.source(),
                now, aggregateId, "application/json", type.dataschema(), codec.mapper().valueToTree(data),
                trace.map(TraceContext::traceparent).orElse(null), trace.map(TraceContext::tracestate).orElse(null));
    }
}
