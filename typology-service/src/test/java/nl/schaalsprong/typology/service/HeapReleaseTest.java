package nl.schaalsprong.typology.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The heap is handed back once the last running job ends (issue 10), not after each: two jobs overlap, and only the
 * end of the second releases it. Counted by the metric {@code schaalsprong.typology.heap.releases}.
 */
@QuarkusTest
class HeapReleaseTest {

    @Inject
    JobThreads jobs;
    @Inject
    MeterRegistry registry;

    @Test
    void theHeapIsReleasedWhenTheLastOfOverlappingJobsEndsAndNotBefore() throws InterruptedException {
        await().atMost(Duration.ofSeconds(60)).until(() -> jobs.running() == 0); // another test's job, if any
        double before = releases();
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        CountDownLatch secondMayEnd = new CountDownLatch(1);
        CountDownLatch firstEnded = new CountDownLatch(1);
        jobs.start(() -> {
            awaitQuietly(firstMayEnd);
            firstEnded.countDown();
        });
        jobs.start(() -> awaitQuietly(secondMayEnd));

        firstMayEnd.countDown();
        firstEnded.await(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> jobs.running() == 1);
        assertEquals(before, releases(), "one job still runs: nothing released yet");

        secondMayEnd.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> releases() == before + 1);
        assertEquals(0, jobs.running());
    }

    private double releases() {
        return registry.get("schaalsprong.typology.heap.releases").counter().count();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
