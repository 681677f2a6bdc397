package nl.schaalsprong.platform.inbox;

import jakarta.transaction.RollbackException;
import nl.schaalsprong.platform.events.InvalidCloudEventException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsumerRetriesTest {

    private static final ConsumerRetries RETRIES = new ConsumerRetries(3, Duration.ofMillis(200), Duration.ofMillis(500));
    private static final SQLException DEADLOCK = new SQLException("deadlock detected", "40P01");

    @Test
    void aTransientFailureIsRetriedWithADoublingBackoffUpToItsLimit() {
        assertEquals(Optional.of(Duration.ofMillis(200)), RETRIES.next(0, DEADLOCK));
        assertEquals(Optional.of(Duration.ofMillis(400)), RETRIES.next(1, DEADLOCK));
        assertEquals(Optional.of(Duration.ofMillis(500)), RETRIES.next(2, DEADLOCK));
        assertEquals(Optional.empty(), RETRIES.next(3, DEADLOCK), "three retries, then the dead-letter topic");
    }

    @Test
    void whileTheDatabaseIsAwayARecordIsTriedAgainBeyondTheLimitAtTheLongestWait() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        SQLException shuttingDown = new SQLException("terminating connection due to administrator command", "57P01");
        assertEquals(Optional.of(Duration.ofMillis(500)), RETRIES.next(3, refused));
        assertEquals(Optional.of(Duration.ofMillis(500)), RETRIES.next(100, new IllegalStateException(shuttingDown)));
        assertEquals(Optional.of(Duration.ofMillis(500)), RETRIES.next(10, new SQLException("starting up", "57P03")));
        assertFalse(TransientFailures.isDatabaseAway(DEADLOCK), "a deadlock is the database answering");
    }

    /** As Narayana reports a commit PostgreSQL broke off: the SQL failure suppressed by the rollback, not its cause. */
    @Test
    void aCommitTheDatabaseBrokeOffIsTheDatabaseAwayThoughItsFailureIsSuppressed() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(commit);
        RuntimeException thrown = new RuntimeException(rollback);
        assertTrue(TransientFailures.isDatabaseAway(thrown));
        assertEquals(Optional.of(Duration.ofMillis(500)), RETRIES.next(3, thrown), "tried again, not dead-lettered");
        assertFalse(TransientFailures.isTransient(new RuntimeException(
                new RollbackException("ARJUNA016053: Could not commit transaction."))), "a rollback alone says nothing");
    }

    @Test
    void aPoisonRecordIsNeverRetried() {
        assertEquals(Optional.empty(), RETRIES.next(0, new InvalidCloudEventException("not a CloudEvent")));
    }

    @Test
    void databaseOutagesDeadlocksAndUniqueKeyRacesAreTransientWhereverTheyAreWrapped() {
        assertTrue(TransientFailures.isTransient(new IllegalStateException(new RuntimeException(DEADLOCK))));
        assertTrue(TransientFailures.isTransient(new SQLException("could not connect", "08001")));
        assertTrue(TransientFailures.isTransient(new SQLException("could not serialize", "40001")));
        assertTrue(TransientFailures.isTransient(new SQLException("lock timeout", "55P03")));
        assertTrue(TransientFailures.isTransient(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "pk")));
    }

    @Test
    void aCheckViolationOrAPlainBugIsTheRecordsOwnFault() {
        assertFalse(TransientFailures.isTransient(new SQLException("violates check constraint", "23514")));
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("bad buurt code")));
        assertFalse(TransientFailures.isTransient(new SQLException("no state")));
    }
}
