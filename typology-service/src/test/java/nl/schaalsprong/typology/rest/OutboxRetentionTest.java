package nl.schaalsprong.typology.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.platform.outbox.OutboxRetention;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's outbox retention, on this service's real database (the platform has no database of its own). */
@QuarkusTest
class OutboxRetentionTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRetention retention;

    @Test
    void deletesPublishedEventsPastTheRetentionAndKeepsEverythingElse() throws SQLException {
        OffsetDateTime now = OffsetDateTime.now();
        UUID oldPublished = insert(now.minusDays(30), now.minusDays(30));
        UUID recentPublished = insert(now.minusDays(1), now.minusDays(1));
        UUID oldUnpublished = insert(now.minusDays(30), null);

        assertTrue(retention.purge() >= 1);

        assertEquals(0, count(oldPublished), "published 30 days ago, retention 7 days: deleted");
        assertEquals(1, count(recentPublished), "published yesterday: kept");
        assertEquals(1, count(oldUnpublished), "never published: still owed to the broker, kept");
        // The row this test cannot leave behind for the relay: it names a topic nobody reads.
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "delete from outbox_event where event_id = ?")) {
            delete.setObject(1, oldUnpublished);
            delete.executeUpdate();
        }
    }

    private UUID insert(OffsetDateTime created, OffsetDateTime published) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into outbox_event (event_id, topic, event_type, aggregate_id, payload, created_at,"
                        + " published_at) values (?, 'schaalsprong.test.retention', 'nl.schaalsprong.test.v1', 'a',"
                        + " '{}', ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, created);
            insert.setObject(3, published);
            insert.executeUpdate();
        }
        return id;
    }

    private long count(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "select count(*) from outbox_event where event_id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
