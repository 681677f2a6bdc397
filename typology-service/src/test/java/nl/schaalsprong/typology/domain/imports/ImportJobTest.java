package nl.schaalsprong.typology.domain.imports;

import nl.schaalsprong.platform.domain.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImportJobTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime T1 = T0.plusSeconds(5);

    private static ImportJob job(ImportMode mode) {
        return ImportJob.start(UUID.randomUUID(), ImportSource.CBS_KWB, 2024, mode, "steward", T0);
    }

    @Test
    void aNewJobRunsWithNothingReadAndNoTotal() {
        ImportJob job = job(ImportMode.APPLY_VALID);
        assertEquals(ImportStatus.RUNNING, job.status());
        assertEquals(0, job.rowsRead());
        assertNull(job.rowsTotal());
        assertNull(job.finishedAt());
    }

    @Test
    void onlyTheProcessHoldingTheLeaseRunsTheJobAndAnEndedJobIsNotLeasedAgain() {
        ImportJob job = job(ImportMode.APPLY_VALID);
        job.leaseTo("replica-a", T1);
        assertEquals("replica-a", job.owner());
        assertEquals(T1, job.leaseUntil());
        job.requireOwner("replica-a");
        assertThrows(ConflictException.class, () -> job.requireOwner("replica-b"));
        job.fail("interrupted", T1);
        assertThrows(ConflictException.class, () -> job.leaseTo("replica-b", T1.plusSeconds(30)));
    }

    @Test
    void progressNeverGoesBack() {
        ImportJob job = job(ImportMode.APPLY_VALID);
        job.reportProgress(4000);
        job.reportProgress(2000);
        assertEquals(4000, job.rowsRead());
        assertThrows(IllegalArgumentException.class, () -> job.reportProgress(-1));
    }

    @Test
    void theTotalCannotBeLessThanWhatWasRead() {
        ImportJob job = job(ImportMode.APPLY_VALID);
        job.reportProgress(4000);
        assertThrows(IllegalArgumentException.class, () -> job.readAll(3999, ""));
        job.readAll(4001, "");
        assertEquals(4001, job.rowsTotal());
    }

    @Test
    void applyValidSucceedsWithRejections() {
        ImportJob job = job(ImportMode.APPLY_VALID);
        job.succeed(new ImportOutcome(3, 2, 1, 0, 1, 1), T1);
        assertEquals(ImportStatus.SUCCEEDED, job.status());
        assertEquals(3, job.rowsRead());
        assertEquals(3, job.rowsTotal());
        assertEquals(1, job.rejected());
        assertEquals(1, job.updated());
        assertEquals(T1, job.finishedAt());
    }

    @Test
    void allOrNothingWithRejectionsIsRejectedAndCannotSucceed() {
        ImportJob job = job(ImportMode.ALL_OR_NOTHING);
        assertThrows(ConflictException.class, () -> job.succeed(new ImportOutcome(3, 2, 1, 0, 1, 1), T1));
        job.reject(new ImportOutcome(3, 2, 1, 0, 0, 0), T1);
        assertEquals(ImportStatus.REJECTED, job.status());
        assertEquals(0, job.created() + job.updated() + job.unchanged());
    }

    @Test
    void aRejectedJobStoresNothingAndOnlyAllOrNothingCanBeRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> job(ImportMode.ALL_OR_NOTHING).reject(new ImportOutcome(3, 2, 1, 0, 1, 1), T1));
        assertThrows(ConflictException.class,
                () -> job(ImportMode.APPLY_VALID).reject(new ImportOutcome(3, 2, 1, 0, 0, 0), T1));
        assertThrows(ConflictException.class,
                () -> job(ImportMode.ALL_OR_NOTHING).reject(new ImportOutcome(2, 2, 0, 0, 0, 0), T1));
    }

    @Test
    void allOrNothingWithoutRejectionsSucceeds() {
        ImportJob job = job(ImportMode.ALL_OR_NOTHING);
        job.succeed(new ImportOutcome(2, 2, 0, 1, 0, 1), T1);
        assertEquals(ImportStatus.SUCCEEDED, job.status());
    }

    @Test
    void anEndedJobNeverChanges() {
        ImportJob succeeded = job(ImportMode.APPLY_VALID);
        succeeded.succeed(new ImportOutcome(1, 1, 0, 1, 0, 0), T1);
        assertThrows(ConflictException.class, () -> succeeded.reportProgress(2));
        assertThrows(ConflictException.class, () -> succeeded.fail("late", T1));
        assertThrows(ConflictException.class, () -> succeeded.succeed(new ImportOutcome(1, 1, 0, 1, 0, 0), T1));

        ImportJob failed = job(ImportMode.APPLY_VALID);
        failed.fail(null, T1);
        assertEquals(ImportStatus.FAILED, failed.status());
        assertEquals("unknown failure", failed.failure());
        assertThrows(ConflictException.class, () -> failed.succeed(new ImportOutcome(1, 1, 0, 1, 0, 0), T1));
    }

    @Test
    void aJobCannotEndWithFewerRowsThanItRead() {
        ImportJob job = job(ImportMode.APPLY_VALID);
        job.reportProgress(10);
        assertThrows(IllegalArgumentException.class, () -> job.succeed(new ImportOutcome(3, 3, 0, 3, 0, 0), T1));
    }

    @Test
    void outcomeCountsMustAddUp() {
        assertThrows(IllegalArgumentException.class, () -> new ImportOutcome(3, 2, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ImportOutcome(3, 3, 0, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ImportOutcome(-1, -1, 0, 0, 0, 0));
    }

    @Test
    void modesParseFromTheirQueryForm() {
        assertEquals(ImportMode.APPLY_VALID, ImportMode.parse(null));
        assertEquals(ImportMode.APPLY_VALID, ImportMode.parse("apply-valid"));
        assertEquals(ImportMode.ALL_OR_NOTHING, ImportMode.parse("All-Or-Nothing"));
        assertThrows(IllegalArgumentException.class, () -> ImportMode.parse("some"));
        assertEquals("all-or-nothing", ImportMode.ALL_OR_NOTHING.queryValue());
    }
}
