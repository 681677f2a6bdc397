package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.local.ScrapedMetrics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.schaalsprong.local.ScrapedMetrics.scrape;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * lessons-service exposes the platform's outbox metrics and its consumers' lag from the start, as metrics.txt promises
 * for every service (BusinessMetricsTest in verification-service makes them move; the counters with labels appear on
 * their first increment, so they are not looked for here).
 */
@QuarkusTest
class OutboxMetricsExposedTest {

    @Test
    void theOutboxGaugesTheRelayFailuresAndTheConsumerLagAreOnTheMetricsEndpoint() {
        List<String> fromTheStart = List.of("schaalsprong_outbox_pending",
                "schaalsprong_outbox_oldest_pending_age_seconds", "schaalsprong_outbox_relay_failures_total",
                "kafka_consumer_fetch_manager_records_lag_max");
        assertTrue(ScrapedMetrics.catalogue("all").containsAll(fromTheStart), "metrics.txt promises them");
        ScrapedMetrics metrics = scrape();
        for (String name : fromTheStart) {
            assertTrue(metrics.names().contains(name), name + " on /q/metrics");
        }
        assertTrue(metrics.value("schaalsprong_outbox_pending") >= 0, "the backlog is read from the table");
    }
}
