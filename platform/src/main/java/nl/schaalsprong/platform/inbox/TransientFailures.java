package nl.schaalsprong.platform.inbox;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a consumer's failure may pass if the same record is handled again in a moment: the database away or
 * restarting, a deadlock or serialization failure, a lock wait that timed out, or a unique key another instance
 * inserted first (a race the next attempt sees settled). Anything else is the record's own fault (unparseable,
 * schema-invalid, a rule it breaks) and goes to the dead-letter topic at once.
 */
public final class TransientFailures {

    private static final List<Class<? extends Throwable>> TRANSIENT = List.of(SQLTransientException.class,
            SQLRecoverableException.class, JDBCConnectionException.class, LockAcquisitionException.class,
            PessimisticLockException.class, LockTimeoutException.class, OptimisticLockException.class);
    /** PostgreSQL SQLSTATEs: serialization failure, deadlock, unique violation, lock not available, shutdowns. */
    private static final Set<String> STATES = Set.of("40001", "40P01", "23505", "55P03", "57P01", "57P02", "57P03",
            "53300");
    /** PostgreSQL SQLSTATEs of a server shutting down or starting up (admin, crash shutdown, cannot connect now). */
    private static final Set<String> AWAY = Set.of("57P01", "57P02", "57P03");
    /** SQLSTATE class 08: connection exceptions (the database unreachable or gone mid-transaction). */
    private static final String CONNECTION_CLASS = "08";

    private TransientFailures() {
    }

    /**
     * Whether the failure says the database is away (unreachable, shutting down or starting up): not the record's
     * fault however long it lasts, and nothing else on the partition could be handled meanwhile either.
     */
    public static boolean isDatabaseAway(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof JDBCConnectionException
                || cause instanceof SQLRecoverableException
                || hasState(cause, state -> AWAY.contains(state) || state.startsWith(CONNECTION_CLASS)));
    }

    public static boolean isTransient(Throwable failure) {
        return anyCause(failure, cause -> TRANSIENT.stream().anyMatch(type -> type.isInstance(cause))
                || hasState(cause, state -> STATES.contains(state) || state.startsWith(CONNECTION_CLASS)));
    }

    /**
     * The failure, its causes and what each suppressed: the transaction manager reports a commit the database broke
     * off as a RollbackException whose SQL failure is suppressed, not its cause (seen in TwoReplicasIT when
     * PostgreSQL stopped mid-commit: "ARJUNA016053: Could not commit transaction").
     */
    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Deque<Throwable> toSee = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        toSee.add(failure);
        while (!toSee.isEmpty()) {
            Throwable cause = toSee.poll();
            if (!seen.add(cause)) {
                continue;
            }
            if (test.test(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                toSee.add(cause.getCause());
            }
            toSee.addAll(List.of(cause.getSuppressed()));
        }
        return false;
    }

    private static boolean hasState(Throwable cause, Predicate<String> test) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && test.test(sql.getSQLState());
    }
}
