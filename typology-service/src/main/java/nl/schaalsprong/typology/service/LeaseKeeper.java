package nl.schaalsprong.typology.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Every {@code schaalsprong.typology.jobs.renew-interval} (10 s, a third of the lease): renews this process's job
 * leases, then marks FAILED every running import or typology run whose lease ran out, whichever replica owned it.
 */
@ApplicationScoped
public class LeaseKeeper {

    private final JobLease lease;
    private final ImportJobTransitions imports;
    private final TypologyRuns typologies;
    private final Clock clock;

    public LeaseKeeper(JobLease lease, ImportJobTransitions imports, TypologyRuns typologies, Clock clock) {
        this.lease = lease;
        this.imports = imports;
        this.typologies = typologies;
        this.clock = clock;
    }

    @Scheduled(every = "${schaalsprong.typology.jobs.renew-interval:10s}", delayed = "${schaalsprong.typology.jobs.renew-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renewAndReap() {
        lease.renew();
        OffsetDateTime now = OffsetDateTime.now(clock);
        imports.failInterrupted(now);
        typologies.failInterrupted(now);
    }
}
