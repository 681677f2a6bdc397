package nl.schaalsprong.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StoreFailuresTest {

    /** How a failure only found at commit reaches the mapper: wrapped by the transaction manager. */
    private static Exception atCommit(Throwable cause) {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(cause);
        return new RuntimeException(rollback);
    }

    @Test
    void aUniqueKeyBrokenAtCommitIsA409() {
        SQLException sql = new SQLException("duplicate key value violates unique constraint", "23505");
        Problem problem = StoreFailures.problem(atCommit(new ConstraintViolationException("insert", sql, "pk")), "/x");
        assertEquals(409, problem.status());
    }

    @Test
    void aLostRaceOrDeadlockIsA409() {
        assertEquals(409, StoreFailures.problem(atCommit(new OptimisticLockException("stale")), "/x").status());
        assertEquals(409, StoreFailures.problem(atCommit(new SQLException("deadlock detected", "40P01")), "/x").status());
        assertEquals(409, StoreFailures.problem(atCommit(new SQLException("could not serialize", "40001")), "/x").status());
        assertEquals(409, StoreFailures.problem(new SQLException("lock not available", "55P03"), "/x").status());
    }

    @Test
    void aValueTheDatabaseCannotStoreIsA400() {
        assertEquals(400, StoreFailures.problem(atCommit(new SQLException("unsupported Unicode escape", "22P05")), "/x")
                .status());
        assertEquals(400, StoreFailures.problem(new SQLException("numeric field overflow", "22003"), "/x").status());
    }

    @Test
    void anythingElseStaysInternal() {
        assertNull(StoreFailures.problem(new IllegalStateException("bug"), "/x"));
        assertNull(StoreFailures.problem(new SQLException("connection refused", "08001"), "/x"));
    }
}
