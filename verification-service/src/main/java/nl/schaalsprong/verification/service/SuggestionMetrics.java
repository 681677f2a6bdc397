package nl.schaalsprong.verification.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.metrics.TableReading;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * What suggestion-making tells operators (names in deploy/observability/README.md): how many lessons are parked
 * while typology-service cannot answer and how many wait for figures of their origin, read from pending_suggestion
 * so both replicas' parked lessons count, and
 * how many verifications each served tagging suggested.
 */
// Created at start, not on first use: the gauges must be scraped before anything is relayed or parked.
@Startup
@ApplicationScoped
public class SuggestionMetrics {

    /** Held here: a gauge keeps only a weak reference to what it reads. */
    private final TableReading waiting;
    private final DistributionSummary perTagging;

    public SuggestionMetrics(MeterRegistry registry, DataSource dataSource, Clock clock) {
        // Missing figures are not an outage, so they have a gauge of their own, apart from the one the alert reads.
        this.waiting = new TableReading(dataSource, clock, "select count(*) filter (where waiting_for = 'TYPOLOGY'),"
                + " count(*) filter (where waiting_for = 'ORIGIN_DATA') from pending_suggestion",
                (row, now) -> new double[] {row.getLong(1), row.getLong(2)}, 2)
                .gauge(registry, "schaalsprong.suggestions.parked", 0,
                        "Tagged lessons waiting for typology-service to answer; retried with backoff")
                .gauge(registry, "schaalsprong.suggestions.awaiting.data", 1,
                        "Tagged lessons none of whose origins typology-service can compare on the basis (figures"
                                + " missing); asked for again when typology-service reports changed figures");
        this.perTagging = DistributionSummary.builder("schaalsprong.suggestions.per.tag")
                .description("Verifications suggested per served LessonTagged (0 when all targets were already open)")
                .register(registry);
    }

    void served(int suggested) {
        perTagging.record(suggested);
    }
}
