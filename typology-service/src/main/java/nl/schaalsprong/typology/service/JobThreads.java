package nl.schaalsprong.typology.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where long jobs (imports, typology runs) run once their record is committed. Unlike the default managed executor it
 * does not carry the caller's transaction over: a job started while a request's transaction is open (the claim of
 * its Idempotency-Key) must not use or outlive that transaction; each step of a job opens its own. When the last
 * running job ends, the heap the jobs grew is handed back ({@link HeapRelease}).
 */
@ApplicationScoped
public class JobThreads {

    private final ManagedExecutor executor = ManagedExecutor.builder()
            .propagated(ThreadContext.ALL_REMAINING)
            .cleared(ThreadContext.TRANSACTION)
            .build();

    private final AtomicInteger running = new AtomicInteger();
    private final HeapRelease heap;

    public JobThreads(HeapRelease heap) {
        this.heap = heap;
    }

    public void start(Runnable job) {
        running.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    job.run();
                } finally {
                    ended();
                }
            });
        } catch (RuntimeException refused) {
            running.decrementAndGet();
            throw refused;
        }
    }

    private void ended() {
        if (running.decrementAndGet() == 0) {
            heap.afterBulkWork();
        }
    }

    /** How many jobs have started and not yet ended. */
    int running() {
        return running.get();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
