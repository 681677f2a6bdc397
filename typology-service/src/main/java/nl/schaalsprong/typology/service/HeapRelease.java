package nl.schaalsprong.typology.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.typology.config.TypologyConfig;
import org.jboss.logging.Logger;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Hands back to the system the heap that bulk work (imports, typology runs) grew, once the last job running ends
 * (issue 10: typology-service under 300 MB resident with its data loaded). G1 returns committed memory only after a
 * collection, and while the service is idle only on its periodic timer, whose concurrent cycle left 302 and 323 MB
 * resident 90 s after the start-up's imports in two of four runs (docs/benchmarks.md, session 16). One full
 * collection when the work is done shrinks the heap to what the loaded data holds (within MaxHeapFreeRatio). It
 * stops the world, so requests in flight wait for it: once per burst of jobs, never per request; a deployment to
 * which that pause matters more than resident memory turns it off ({@code schaalsprong.typology.jobs.release-heap}).
 */
@ApplicationScoped
@Startup // so its counter is served, at 0, from the start
public class HeapRelease {

    private static final Logger LOG = Logger.getLogger(HeapRelease.class);

    private final boolean enabled;
    private final Counter releases;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    public HeapRelease(TypologyConfig config, MeterRegistry registry) {
        this.enabled = config.jobs().releaseHeap();
        this.releases = Counter.builder("schaalsprong.typology.heap.releases")
                .description("Full collections run when the last running import or typology job ended")
                .register(registry);
    }

    /** Called when no import or typology job runs any more. */
    void afterBulkWork() {
        if (!enabled) {
            return;
        }
        long before = memory.getHeapMemoryUsage().getCommitted();
        System.gc(); // a full collection: G1 resizes the heap after it, as it does not after a young one
        releases.increment();
        LOG.debugf("heap released after bulk work: %d MB committed before, %d MB after", before >> 20,
                memory.getHeapMemoryUsage().getCommitted() >> 20);
    }
}
