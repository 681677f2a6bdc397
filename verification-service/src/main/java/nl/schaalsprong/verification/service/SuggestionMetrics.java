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
 * while typology-service cannot answer, read from pending_suggestion so both replicas' parked lessons count, and
 * how many verifications each served tagging suggested.
 */
// Created at start, not on first use: the gauges must be scraped before anything is relayed or parked.
@Startup
@ApplicationScoped
public class SuggestionMetrics {

    /** Held here: a gauge keeps only a weak reference to what it reads. */
    private final TableReading parked;
    private final DistributionSummary perTagging;

    public SuggestionMetrics(MeterRegistry registry, DataSource dataSource, Clock clock) {
        this.parked = new TableReading(dataSource, clock, "select count(*) from pending_suggestion",
                (row, now) -> new double[] {row.getLong(1)}, 1)
                .gauge(registry, "schaalsprong.suggestions.parked", 0,
                        "Tagged lessons waiting for typology-service to answer; retried with backoff");
        this.perTagging = DistributionSummary.builder("schaalsprong.suggestions.per.tag")
                .description("Verifications suggested per served LessonTagged (0 when all targets were already open)")
                .register(registry);
    }

    void served(int suggested) {
        perTagging.record(suggested);
    }
}
