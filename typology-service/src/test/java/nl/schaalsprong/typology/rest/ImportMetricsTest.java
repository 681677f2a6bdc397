package nl.schaalsprong.typology.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.local.ScrapedMetrics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static nl.schaalsprong.local.ScrapedMetrics.scrape;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every ended import job is timed by kind and outcome on /q/metrics, and the names deploy/observability/metrics.txt
 * promises for typology-service are exposed.
 */
@QuarkusTest
class ImportMetricsTest {

    private static final String DURATION = "schaalsprong_imports_duration_seconds_count";

    @Test
    void anEndedImportIsTimedByKindAndOutcome() {
        Map<String, String> succeeded = Map.of("kind", "cbs_kwb", "outcome", "succeeded");
        Map<String, String> rejected = Map.of("kind", "cbs_kwb", "outcome", "rejected");
        double succeededBefore = scrape().counted(DURATION, succeeded);
        double rejectedBefore = scrape().counted(DURATION, rejected);
        String header = line(0);
        String stored = line(1);

        NationalFile.importCsv(csv(header, stored), "apply-valid").body("status", equalTo("SUCCEEDED"));
        // A code CBS never issues: in all-or-nothing mode the whole file is rejected.
        NationalFile.importCsv(csv(header, stored, "BU0163040" + stored.substring(stored.indexOf(','))),
                "all-or-nothing").body("status", equalTo("REJECTED"));

        // The job reads as ended once its end committed; the timer is recorded in that same transaction.
        assertEquals(succeededBefore + 1, scrape().counted(DURATION, succeeded));
        assertEquals(rejectedBefore + 1, scrape().counted(DURATION, rejected));
        assertTrue(scrape().value("schaalsprong_imports_duration_seconds_sum", succeeded) > 0, "took some time");

        Set<String> missing = new TreeSet<>(ScrapedMetrics.catalogue("typology-service"));
        assertTrue(!missing.isEmpty(), "metrics.txt lists typology-service's metrics");
        missing.removeAll(scrape().names());
        assertEquals(Set.of(), missing, "promised in metrics.txt, not on /q/metrics");
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String line(int index) {
        return new String(NationalFile.bytes(), StandardCharsets.UTF_8).lines().skip(index).findFirst().orElseThrow();
    }
}
