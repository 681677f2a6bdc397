package nl.schaalsprong.verification.subscription.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.verification.subscription.domain.DeliveryOutcome;
import nl.schaalsprong.verification.subscription.domain.DeliveryState;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The deliveries owed to subscribers and the log of every attempt. */
@ApplicationScoped
public class DeliveryStore {

    private static final int BATCH = 500;

    private final EntityManager entityManager;

    public DeliveryStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An event owed to a subscription. */
    public record Owed(UUID subscriptionId, String eventId, String eventType, String payload, OffsetDateTime createdAt) {
    }

    /** A delivery a dispatcher has leased to send now. */
    public record Leased(UUID id, UUID subscriptionId, String eventId, String eventType, String payload, int attempts) {
    }

    /** A delivery with its attempts, for the log. */
    public record Logged(UUID id, String eventId, String eventType, DeliveryState state, int attempts,
                         OffsetDateTime createdAt, OffsetDateTime deliveredAt, List<Attempt> attemptLog) {
    }

    public record Attempt(int attempt, OffsetDateTime attemptedAt, Integer statusCode, String error, long durationMs) {
    }

    /**
     * Records what is owed, in the caller's transaction, in JDBC batches (sent as multi-row INSERTs, so the driver
     * reports no per-row counts). An event already owed to a subscription (a redelivered or re-appended event) is not
     * owed twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void owe(List<Owed> owed) {
        if (owed.isEmpty()) {
            return;
        }
        Jdbc.work(entityManager, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into subscription_delivery (id,"
                    + " subscription_id, event_id, event_type, payload, state, created_at)"
                    + " values (?, ?, ?, ?, ?, 'PENDING', ?) on conflict do nothing")) {
                int pending = 0;
                for (Owed each : owed) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, each.subscriptionId());
                    insert.setString(3, each.eventId());
                    insert.setString(4, each.eventType());
                    insert.setString(5, each.payload());
                    insert.setObject(6, each.createdAt());
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            return null;
        });
    }

    /**
     * Leases the deliveries due now, oldest first, and marks them in flight until {@code leaseUntil}: of each active
     * subscription not waiting out a backoff, its oldest pending ones up to what it may have in flight (one probe
     * while its receiver fails, {@code perSubscription} otherwise, fewer as many are in flight already). Rows another
     * dispatcher holds are skipped, so replicas share the work.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Leased> lease(OffsetDateTime now, OffsetDateTime leaseUntil, int perSubscription, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return Jdbc.work(entityManager, connection -> {
            List<Leased> leased = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, subscription_id, event_id, event_type, payload, attempts from subscription_delivery
                    where id in (
                        select due.id from subscription s
                        cross join lateral (
                            select d.id from subscription_delivery d
                            where d.subscription_id = s.id and d.state = 'PENDING'
                              and (d.leased_until is null or d.leased_until <= ?)
                            order by d.seq
                            limit greatest(0, (case when s.consecutive_failures > 0 then 1 else ? end)
                                - (select count(*) from subscription_delivery f
                                   where f.subscription_id = s.id and f.leased_until > ?))
                        ) due
                        where s.status = 'ACTIVE' and (s.retry_at is null or s.retry_at <= ?))
                    order by seq limit ? for update skip locked""")) {
                select.setObject(1, now);
                select.setInt(2, perSubscription);
                select.setObject(3, now);
                select.setObject(4, now);
                select.setInt(5, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        leased.add(new Leased(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getString(3), rows.getString(4), rows.getString(5), rows.getInt(6)));
                    }
                }
            }
            if (!leased.isEmpty()) {
                try (PreparedStatement mark = connection.prepareStatement(
                        "update subscription_delivery set leased_until = ? where id = any(?)")) {
                    mark.setObject(1, leaseUntil);
                    mark.setArray(2, connection.createArrayOf("uuid", leased.stream().map(Leased::id).toArray()));
                    mark.executeUpdate();
                }
            }
            return leased;
        });
    }

    /**
     * Logs the attempt and ends the lease: the delivery is DELIVERED, or stays PENDING for the next attempt.
     *
     * @return false when the delivery is gone (its subscription was deleted meanwhile)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordAttempt(UUID deliveryId, DeliveryOutcome outcome, OffsetDateTime attemptedAt) {
        return Jdbc.work(entityManager, connection -> {
            int attempt;
            try (PreparedStatement update = connection.prepareStatement("update subscription_delivery"
                    + " set attempts = attempts + 1, leased_until = null,"
                    + " state = case when ? then 'DELIVERED' else state end,"
                    + " delivered_at = case when ? then ? else delivered_at end"
                    + " where id = ? and state = 'PENDING' returning attempts")) {
                update.setBoolean(1, outcome.delivered());
                update.setBoolean(2, outcome.delivered());
                update.setObject(3, attemptedAt);
                update.setObject(4, deliveryId);
                try (ResultSet row = update.executeQuery()) {
                    if (!row.next()) {
                        return false;
                    }
                    attempt = row.getInt(1);
                }
            }
            try (PreparedStatement log = connection.prepareStatement("insert into subscription_delivery_attempt"
                    + " (delivery_id, attempt, attempted_at, status_code, error, duration_ms) values (?, ?, ?, ?, ?, ?)")) {
                log.setObject(1, deliveryId);
                log.setInt(2, attempt);
                log.setObject(3, attemptedAt);
                log.setObject(4, outcome.statusCode());
                log.setString(5, outcome.error());
                log.setLong(6, Math.max(0, outcome.took().toMillis()));
                log.executeUpdate();
            }
            return true;
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long count(UUID subscriptionId, Optional<DeliveryState> state) {
        return Jdbc.work(entityManager, connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from subscription_delivery"
                    + " where subscription_id = ? and (cast(? as text) is null or state = ?)")) {
                count.setObject(1, subscriptionId);
                count.setString(2, state.map(Enum::name).orElse(null));
                count.setString(3, state.map(Enum::name).orElse(null));
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** One page of a subscription's deliveries, newest first, each with its attempts in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Logged> log(UUID subscriptionId, Optional<DeliveryState> state, int page, int size) {
        return Jdbc.work(entityManager, connection -> {
            Map<UUID, Logged> deliveries = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select id, event_id, event_type, state,"
                    + " attempts, created_at, delivered_at from subscription_delivery"
                    + " where subscription_id = ? and (cast(? as text) is null or state = ?)"
                    + " order by seq desc limit ? offset ?")) {
                select.setObject(1, subscriptionId);
                select.setString(2, state.map(Enum::name).orElse(null));
                select.setString(3, state.map(Enum::name).orElse(null));
                select.setInt(4, size);
                select.setLong(5, (long) page * size);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        deliveries.put(id, new Logged(id, rows.getString(2), rows.getString(3),
                                DeliveryState.valueOf(rows.getString(4)), rows.getInt(5), Jdbc.time(rows, "created_at"),
                                Jdbc.time(rows, "delivered_at"), new ArrayList<>()));
                    }
                }
            }
            if (deliveries.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement select = connection.prepareStatement("select delivery_id, attempt, attempted_at,"
                    + " status_code, error, duration_ms from subscription_delivery_attempt"
                    + " where delivery_id = any(?) order by delivery_id, attempt")) {
                select.setArray(1, connection.createArrayOf("uuid", deliveries.keySet().toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        deliveries.get(rows.getObject(1, UUID.class)).attemptLog().add(new Attempt(rows.getInt(2),
                                Jdbc.time(rows, "attempted_at"), (Integer) rows.getObject(4), rows.getString(5),
                                rows.getLong(6)));
                    }
                }
            }
            return List.copyOf(deliveries.values());
        });
    }
}
