package nl.schaalsprong.typology.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.platform.domain.ConflictException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: jobs are leased. What a restart (or any replica's reaper) does with running jobs, on the real database:
 * another replica's job whose lease it keeps renewing runs on, one whose lease ran out is FAILED; this process renews
 * only its own leases.
 */
@QuarkusTest
class JobLeaseTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ImportJobTransitions imports;
    @Inject
    TypologyRuns typologies;
    @Inject
    JobLease lease;

    @Test
    void aRestartFailsOnlyJobsWhoseLeaseRanOutNotALiveJobOfAnotherReplica() throws Exception {
        UUID live = importJob("other-replica", "now() + interval '1 hour'");
        UUID expired = importJob("stopped-replica", "now() - interval '1 minute'");
        String liveRun = typologyRun("other-replica", "now() + interval '1 hour'");
        String expiredRun = typologyRun("stopped-replica", "now() - interval '1 minute'");

        // what CbsKwbImportService.onStart and TypologyRuns.onStart do at start-up, and LeaseKeeper from then on
        imports.failInterrupted(OffsetDateTime.now());
        typologies.failInterrupted(OffsetDateTime.now());

        assertEquals("RUNNING", status("import_job", live.toString()), "a live job of another replica was failed");
        assertEquals("FAILED", status("import_job", expired.toString()));
        assertEquals("RUNNING", status("typology", liveRun), "a live run of another replica was failed");
        assertEquals("FAILED", status("typology", expiredRun));
        execute("update import_job set status = 'FAILED', finished_at = now() where id = '" + live + "'");
        execute("update typology set status = 'FAILED', finished_at = now() where id = '" + liveRun + "'");
    }

    @Test
    void aRunLeasedToAnotherReplicaIsNeitherAdvancedNorFailedHere() throws Exception {
        String others = typologyRun("other-replica", "now() + interval '1 hour'");
        String own = typologyRun(lease.owner(), "now() + interval '1 hour'");
        UUID othersId = UUID.fromString(others);

        assertThrows(ConflictException.class, () -> typologies.progress(othersId, 40));
        assertThrows(ConflictException.class, () -> typologies.failed(othersId, "not mine to fail"));
        assertEquals("RUNNING", status("typology", others), "another replica's run was failed here");
        assertEquals("0", single("select progress from typology where id = '" + others + "'"));

        // the owner's own steps go through
        typologies.progress(UUID.fromString(own), 40);
        assertEquals("40", single("select progress from typology where id = '" + own + "'"));
        typologies.failed(UUID.fromString(own), "ended by the test");
        assertEquals("FAILED", status("typology", own));
        execute("update typology set status = 'FAILED', finished_at = now() where id = '" + others + "'");
    }

    @Test
    void theOwnerRenewsItsOwnLeasesOnly() throws Exception {
        UUID own = importJob(lease.owner(), "now() + interval '1 second'");
        UUID others = importJob("other-replica", "now() + interval '1 second'");

        lease.renew();

        assertTrue(leaseSecondsLeft(own) > 20, "this process's lease was not renewed");
        assertTrue(leaseSecondsLeft(others) < 2, "another replica's lease was renewed by this process");
        execute("update import_job set status = 'FAILED', finished_at = now() where id in ('" + own + "', '"
                + others + "')");
    }

    private UUID importJob(String owner, String leaseUntil) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into import_job (id, source, year, mode, status, rows_read, created_at, owner, lease_until) "
                        + "values (?, 'MAPPED', 2024, 'APPLY_VALID', 'RUNNING', 0, now() - interval '1 hour', ?, "
                        + leaseUntil + ")")) {
            insert.setObject(1, id);
            insert.setString(2, owner);
            insert.executeUpdate();
        }
        return id;
    }

    private String typologyRun(String owner, String leaseUntil) throws Exception {
        String id = UUID.randomUUID().toString();
        execute("insert into typology (id, version, basis, seed, status, progress, created_at, owner, lease_until)"
                + " values ('" + id + "', nextval('typology_version_seq'), 'default', 42, 'RUNNING', 0,"
                + " now() - interval '1 hour', '" + owner + "', " + leaseUntil + ")");
        return id;
    }

    private String status(String table, String id) throws Exception {
        return single("select status from " + table + " where id = '" + id + "'");
    }

    private double leaseSecondsLeft(UUID id) throws Exception {
        return Double.parseDouble(single("select extract(epoch from lease_until - now()) from import_job where id = '"
                + id + "'"));
    }

    private String single(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
