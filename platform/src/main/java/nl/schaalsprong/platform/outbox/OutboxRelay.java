package nl.schaalsprong.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.platform.config.EventsConfig;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.tracing.OutgoingTrace;
import nl.schaalsprong.platform.tracing.TraceContext;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published once the broker has
 * acknowledged them. One replica publishes at a time ({@link OutboxLease}), so one aggregate's events reach the
 * broker in the order they were appended; a row the broker refuses for good ({@link BrokerRefusal}) is parked with
 * its reason and the rows behind it flow on. Delivery is at least once: a crash between the broker's ack and the mark re-sends the
 * row, which is why every consumer is idempotent on the CloudEvent id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager entityManager;
    private final Emitter<String> emitter;
    private final EventsConfig config;
    private final Clock clock;
    private final ManagedExecutor executor;
    private final OutboxMetrics metrics;
    private final OutboxLease lease;

    /** One relay loop at a time per process; {@link OutboxLease} keeps it to one per service across replicas. */
    private final AtomicBoolean running = new AtomicBoolean();
    /** Set when a wake-up arrives during a loop, so that loop goes round once more instead of missing it. */
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean stopping;

    public OutboxRelay(EntityManager entityManager, @Channel("outbox") Emitter<String> emitter, EventsConfig config,
                       Clock clock, ManagedExecutor executor, OutboxMetrics metrics) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.config = config;
        this.clock = clock;
        this.executor = executor;
        this.metrics = metrics;
        this.lease = new OutboxLease(config.source());
    }

    void wakeAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wanted.set(true);
        executor.execute(this::relay);
    }

    @Scheduled(every = "${schaalsprong.events.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wanted.set(true);
        relay();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Relays until nothing is pending; returns how many events were published. */
    public int relay() {
        int published = 0;
        while (wanted.get() && !stopping && running.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                int batch;
                do {
                    batch = QuarkusTransaction.requiringNew().call(this::relayBatch);
                    published += batch;
                } while (batch > 0 && !stopping);
            } catch (RuntimeException e) {
                metrics.relayFailed();
                LOG.warnf(e, "outbox relay stopped early; pending events stay and are retried on the next poll");
                return published;
            } finally {
                running.set(false);
            }
        }
        return published;
    }

    /**
     * Under the service's lease, publishes the oldest pending rows, parks those the broker refused for good and marks
     * the rest published. Plain JDBC: the rows are only read and stamped, and managed entities would be dirty-checked
     * one by one.
     */
    private int relayBatch() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            if (!lease.take(connection)) {
                return 0; // another replica publishes; this one would only break the order
            }
            List<PendingEvent> pending = pending(connection);
            if (pending.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<Void>> acks = new ArrayList<>(pending.size());
            for (PendingEvent event : pending) {
                acks.add(send(event));
            }
            Map<PendingEvent, String> parked = awaitAcks(pending, acks);
            List<PendingEvent> published = pending.stream().filter(event -> !parked.containsKey(event)).toList();
            OffsetDateTime now = OffsetDateTime.now(clock);
            try (PreparedStatement mark = connection.prepareStatement("update outbox_event"
                    + " set published_at = ?, attempts = attempts + 1 where seq = any(?)")) {
                mark.setObject(1, now);
                mark.setArray(2, connection.createArrayOf("bigint",
                        published.stream().map(PendingEvent::seq).toArray(Long[]::new)));
                mark.executeUpdate();
            }
            park(connection, parked, now);
            metrics.published(published);
            return pending.size();
        });
    }

    /**
     * Waits for the broker's answer on every record of the batch.
     *
     * @return the records refused for good, with the reason; empty when all were acknowledged
     * @throws IllegalStateException when any record failed for a reason that may pass (broker down, timeout): nothing
     *                               is marked then, the whole batch is sent again later and consumers drop what they
     *                               already saw
     */
    private Map<PendingEvent, String> awaitAcks(List<PendingEvent> pending, List<CompletableFuture<Void>> acks) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(config.outbox().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("broker did not acknowledge " + pending.size() + " outbox events", e);
        } catch (ExecutionException e) {
            // allOf completes only once every record has its answer, so each can be read without waiting.
            Map<PendingEvent, String> parked = new LinkedHashMap<>();
            for (int i = 0; i < pending.size(); i++) {
                Throwable failure = acks.get(i).handle((ok, error) -> error).join();
                if (failure == null) {
                    continue;
                }
                Throwable refusal = BrokerRefusal.forGood(failure).orElseThrow(() -> new IllegalStateException(
                        "broker did not acknowledge " + pending.size() + " outbox events", failure));
                parked.put(pending.get(i), BrokerRefusal.reason(refusal));
            }
            return parked;
        }
    }

    /** Sets aside the rows the broker will never take, so those behind them flow on; an operator decides on them. */
    private void park(Connection connection, Map<PendingEvent, String> parked, OffsetDateTime now) throws SQLException {
        if (parked.isEmpty()) {
            return;
        }
        try (PreparedStatement park = connection.prepareStatement("update outbox_event"
                + " set parked_at = ?, park_reason = ?, attempts = attempts + 1 where seq = ?")) {
            for (Map.Entry<PendingEvent, String> each : parked.entrySet()) {
                PendingEvent event = each.getKey();
                LOG.errorf("outbox event %s (%s to %s, key %s) refused by the broker for good, parked: %s",
                        event.eventId(), event.eventType(), event.topic(), event.aggregateId(), each.getValue());
                park.setObject(1, now);
                park.setString(2, each.getValue());
                park.setLong(3, event.seq());
                park.addBatch();
            }
            park.executeBatch();
        }
        metrics.parked(parked.size());
    }

    private List<PendingEvent> pending(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select seq, event_id, topic, event_type,"
                + " aggregate_id, payload, traceparent, tracestate from outbox_event where published_at is null"
                + " and parked_at is null order by seq limit ?")) {
            select.setInt(1, config.outbox().batchSize());
            try (ResultSet rows = select.executeQuery()) {
                List<PendingEvent> pending = new ArrayList<>();
                while (rows.next()) {
                    pending.add(new PendingEvent(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8)));
                }
                return pending;
            }
        }
    }

    private CompletableFuture<Void> send(PendingEvent entry) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        Optional<TraceContext> trace = TraceContext.of(entry.traceparent(), entry.tracestate());
        OutgoingTrace.addHeaders(trace, headers);
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(entry.topic())
                .withKey(entry.aggregateId())
                .withHeaders(headers)
                .build();
        Message<String> message = Message.of(entry.payload(), OutgoingTrace.metadata(kafka, trace))
                .withAck(() -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        // The event id goes in the line, not in the MDC: a relay woken after a commit runs on the managed executor,
        // which carries the committing handler's Vert.x context, and with it the MDC that handler is still logging
        // under (EventLoggingTest saw a consumer's line carry a relayed event's id).
        LOG.debugf("relaying %s %s to %s", entry.eventType(), entry.eventId(), entry.topic());
        emitter.send(message);
        return ack;
    }
}
