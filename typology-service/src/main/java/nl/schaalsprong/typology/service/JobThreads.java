package nl.schaalsprong.typology.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Where long jobs (imports, typology runs) run once their record is committed. Unlike the default managed executor it
 * does not carry the caller's transaction over: a job started while a request's transaction is open (the claim of
 * its Idempotency-Key) must not use or outlive that transaction; each step of a job opens its own.
 */
@ApplicationScoped
public class JobThreads {

    private final ManagedExecutor executor = ManagedExecutor.builder()
            .propagated(ThreadContext.ALL_REMAINING)
            .cleared(ThreadContext.TRANSACTION)
            .build();

    public void start(Runnable job) {
        executor.execute(job);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
