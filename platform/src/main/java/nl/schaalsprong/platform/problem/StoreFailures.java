package nl.schaalsprong.platform.problem;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.StaleStateException;

import java.sql.SQLException;

/**
 * Failures of the database that are the client's to resolve, wherever they surface (in a flush, or only at commit,
 * wrapped by the transaction manager): a write that lost a race or broke a unique key is a 409, to be read again and
 * retried; a value the database cannot store is a 400. Everything else stays an internal error.
 */
final class StoreFailures {

    private StoreFailures() {
    }

    /** The problem for this failure, or null when it is none of the client's doing. */
    static Problem problem(Throwable failure, String instance) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
                return conflict(instance);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Problem problem = bySqlState(sql.getSQLState(), instance);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /**
     * PostgreSQL's SQLSTATE classes: 23 integrity constraint violation (23505 unique), 40 transaction rollback
     * (40001 serialization failure, 40P01 deadlock), 55P03 lock not available; 22 data exception (a value out of
     * range, too long, or with a character the database refuses).
     */
    static Problem bySqlState(String state, String instance) {
        if (state.equals("23505") || state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return conflict(instance);
        }
        if (state.startsWith("23")) {
            return Problem.of("conflict", "Conflict with the current state", 409,
                    "the change conflicts with data recorded meanwhile; read it again and retry", instance);
        }
        if (state.startsWith("22")) {
            return Problem.of("invalid-value", "Invalid value", 400,
                    "a value in the request is out of range or contains characters that cannot be stored", instance);
        }
        return null;
    }

    private static Problem conflict(String instance) {
        return Problem.of("conflict", "Conflict with the current state", 409,
                "the resource was changed by someone else at the same time; read it again and retry", instance);
    }
}
