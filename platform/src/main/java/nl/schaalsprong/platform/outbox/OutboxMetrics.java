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
 * committed events wait for the broker and how long the oldest has waited, how often the relay failed, and how many
 * events of each type it published.
 */
// Created at start, not on first use: the gauges must be scraped before anything is relayed or parked.
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final Counter relayFailures;
    /** Held here: a gauge keeps only a weak reference to what it reads. */
    private final TableReading backlog;

    public OutboxMetrics(MeterRegistry registry, DataSource dataSource, Clock clock) {
        this.registry = registry;
        // The age is measured with the injected clock, the one that stamped created_at.
        this.backlog = new TableReading(dataSource, clock,
                "select count(*), min(created_at) from outbox_event where published_at is null", (row, now) -> {
                    OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
                    double age = oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
                    return new double[] {row.getLong(1), age};
                }, 2)
                .gauge(registry, "schaalsprong.outbox.pending", 0,
                        "Committed outbox events not yet acknowledged by the broker")
                .gauge(registry, "schaalsprong.outbox.oldest.pending.age.seconds", 1,
                        "Seconds the oldest unpublished outbox event has waited; 0 when none waits");
        this.relayFailures = Counter.builder("schaalsprong.outbox.relay.failures")
                .description("Relay rounds that stopped early (broker nack or timeout, database error); rows stay pending")
                .register(registry);
    }

    void relayFailed() {
        relayFailures.increment();
    }

    void published(List<PendingEvent> events) {
        for (PendingEvent event : events) {
            Counter.builder("schaalsprong.outbox.published")
                    .description("Outbox events acknowledged by the broker, by CloudEvents type")
                    .tag("type", event.eventType()).register(registry).increment();
        }
    }
}
