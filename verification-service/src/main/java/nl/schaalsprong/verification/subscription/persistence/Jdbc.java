package nl.schaalsprong.verification.subscription.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Plain JDBC on the transaction's connection, as the outbox does: the tables are read and stamped in bulk, and
 * arrays and timestamps come back as what they are, not as whatever a native query maps them to.
 */
final class Jdbc {

    private Jdbc() {
    }

    static <T> T work(EntityManager entityManager, ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }

    static Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static OffsetDateTime time(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant().atOffset(ZoneOffset.UTC);
    }
}
