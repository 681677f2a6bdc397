package nl.schaalsprong.typology.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.typology.domain.imports.ImportJob;

import java.time.Duration;
import java.util.Locale;

/**
 * How long import jobs take, from the request that started them to their end, by kind (cbs_kwb, mapped) and by how
 * they ended (succeeded, rejected, failed). Name in deploy/observability/README.md.
 */
@ApplicationScoped
public class ImportMetrics {

    private final MeterRegistry registry;

    public ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void ended(ImportJob job) {
        if (job.finishedAt() == null) {
            return;
        }
        Timer.builder("schaalsprong.imports.duration")
                .description("Import jobs from start to end, by kind and outcome")
                .tag("kind", job.source().name().toLowerCase(Locale.ROOT))
                .tag("outcome", job.status().name().toLowerCase(Locale.ROOT))
                .register(registry)
                .record(Duration.between(job.createdAt(), job.finishedAt()));
    }
}
