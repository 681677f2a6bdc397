package nl.schaalsprong.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * One publisher at a time per service: a PostgreSQL advisory lock taken in each relay batch's transaction. Whoever
 * holds it reads the oldest pending rows and publishes them in order, so two replicas can never send one aggregate's
 * events side by side (and out of order). A transaction-scoped lock goes with the transaction: a replica that dies
 * mid-batch releases it with its connection, and nothing has to expire.
 */
public final class OutboxLease {

    private final long key;

    /** @param source the service's CloudEvents source: replicas of one service share it, other services do not */
    public OutboxLease(String source) {
        this.key = keyOf(source);
    }

    /** The advisory-lock key of a service's relay; stable across replicas and restarts. */
    public static long keyOf(String source) {
        return UUID.nameUUIDFromBytes(("schaalsprong.outbox.relay:" + source).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
    }

    /**
     * Tries to take the lease for the rest of the connection's current transaction, without waiting.
     *
     * @return false when another relay holds it: that one publishes, this one has nothing to do this round
     */
    boolean take(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
