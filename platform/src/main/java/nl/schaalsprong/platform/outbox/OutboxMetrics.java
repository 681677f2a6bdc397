package nl.schaalsprong.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.metrics.TableReading;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the outbox tells operators, the same in every service (names in deploy/observability/README.md): how many
 * committed events wait for the broker and how long the oldest has waited, how many the broker refused for good (parked),
 * how often the relay failed, and how many events of each type it published.
 */
// Created at start, not on first use: the gauges must be scraped before anything is relayed or parked.
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final Counter relayFailures;
    private final Counter parkings;
    /** Held here: a gauge keeps only a weak reference to what it reads. */
    private final TableReading backlog;

    public OutboxMetrics(MeterRegistry registry, DataSource dataSource, Clock clock) {
        this.registry = registry;
        // The age is measured with the injected clock, the one that stamped created_at.
        this.backlog = new TableReading(dataSource, clock,
                "select count(*) filter (where parked_at is null), min(created_at) filter (where parked_at is null),"
                        + " count(*) filter (where parked_at is not null) from outbox_event where published_at is null",
                (row, now) -> {
                    OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
                    double age = oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
                    return new double[] {row.getLong(1), age, row.getLong(3)};
                }, 3)
                .gauge(registry, "schaalsprong.outbox.pending", 0,
                        "Committed outbox events not yet acknowledged by the broker")
                .gauge(registry, "schaalsprong.outbox.oldest.pending.age.seconds", 1,
                        "Seconds the oldest unpublished outbox event has waited; 0 when none waits")
                .gauge(registry, "schaalsprong.outbox.parked", 2,
                        "Outbox events the broker refused for good (too large, invalid topic), set aside for an operator");
        this.relayFailures = Counter.builder("schaalsprong.outbox.relay.failures")
                .description("Relay rounds that stopped early (broker nack or timeout, database error); rows stay pending")
                .register(registry);
        this.parkings = Counter.builder("schaalsprong.outbox.parkings")
                .description("Outbox events parked because the broker refused them for good; the rest flowed on")
                .register(registry);
    }

    void relayFailed() {
        relayFailures.increment();
    }

    void parked(int events) {
        parkings.increment(events);
    }

    void published(List<PendingEvent> events) {
        for (PendingEvent event : events) {
            Counter.builder("schaalsprong.outbox.published")
                    .description("Outbox events acknowledged by the broker, by CloudEvents type")
                    .tag("type", event.eventType()).register(registry).increment();
        }
    }
}
