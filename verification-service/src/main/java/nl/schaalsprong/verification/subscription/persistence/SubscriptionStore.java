package nl.schaalsprong.verification.subscription.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.verification.subscription.domain.ApproachTag;
import nl.schaalsprong.verification.subscription.domain.AreaCode;
import nl.schaalsprong.verification.subscription.domain.CallbackUrl;
import nl.schaalsprong.verification.subscription.domain.EventFilter;
import nl.schaalsprong.verification.subscription.domain.SubscribedEvent;
import nl.schaalsprong.verification.subscription.domain.Subscription;
import nl.schaalsprong.verification.subscription.domain.SubscriptionSecret;
import nl.schaalsprong.verification.subscription.domain.SubscriptionStatus;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The subscription table: each row read back as a {@link Subscription} and written from one. */
@ApplicationScoped
public class SubscriptionStore {

    private static final String COLUMNS = "id, description, callback_url, secret, event_kinds, area_codes, tags, status,"
            + " consecutive_failures, retry_at, paused_at, pause_reason, created_at, created_by";

    private final EntityManager entityManager;

    public SubscriptionStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Subscription subscription) {
        Jdbc.work(entityManager, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into subscription (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                EventFilter filter = subscription.filter();
                insert.setObject(1, subscription.id());
                insert.setString(2, subscription.description());
                insert.setString(3, subscription.callback().toString());
                insert.setString(4, subscription.secret().value());
                insert.setArray(5, Jdbc.texts(connection, filter.events().stream().sorted().map(Enum::name).toList()));
                insert.setArray(6, Jdbc.texts(connection, filter.areas().stream().map(AreaCode::value).toList()));
                insert.setArray(7, Jdbc.texts(connection, filter.tags().stream().map(ApproachTag::value).toList()));
                insert.setString(8, subscription.status().name());
                insert.setInt(9, subscription.consecutiveFailures());
                insert.setObject(10, subscription.retryAt());
                insert.setObject(11, subscription.pausedAt());
                insert.setString(12, subscription.pauseReason());
                insert.setObject(13, subscription.createdAt());
                insert.setString(14, subscription.createdBy());
                return insert.executeUpdate();
            }
        });
    }

    /** How the receiver fares and whether it is paused: the only part of a subscription that changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updateHealth(Subscription subscription) {
        Jdbc.work(entityManager, connection -> {
            try (PreparedStatement update = connection.prepareStatement("update subscription set status = ?,"
                    + " consecutive_failures = ?, retry_at = ?, paused_at = ?, pause_reason = ? where id = ?")) {
                update.setString(1, subscription.status().name());
                update.setInt(2, subscription.consecutiveFailures());
                update.setObject(3, subscription.retryAt());
                update.setObject(4, subscription.pausedAt());
                update.setString(5, subscription.pauseReason());
                update.setObject(6, subscription.id());
                return update.executeUpdate();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Subscription> find(UUID id) {
        return one("select " + COLUMNS + " from subscription where id = ?", id);
    }

    /** The subscription, its row locked until the transaction ends: outcomes of parallel deliveries count in turn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Subscription> lock(UUID id) {
        return one("select " + COLUMNS + " from subscription where id = ? for update", id);
    }

    /** Every subscription, oldest first. There are a few per gemeente: a table one reads whole. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Subscription> all() {
        return Jdbc.work(entityManager, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                    + " from subscription order by created_at, id"); ResultSet rows = select.executeQuery()) {
                List<Subscription> all = new ArrayList<>();
                while (rows.next()) {
                    all.add(subscription(rows));
                }
                return all;
            }
        });
    }

    /** Deletes the subscription with its deliveries and their log; false when there was none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean delete(UUID id) {
        return Jdbc.work(entityManager, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from subscription where id = ?")) {
                delete.setObject(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private Optional<Subscription> one(String sql, UUID id) {
        return Jdbc.work(entityManager, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(subscription(rows)) : Optional.empty();
                }
            }
        });
    }

    private static Subscription subscription(ResultSet row) throws SQLException {
        Set<SubscribedEvent> kinds = Jdbc.texts(row, "event_kinds").stream().map(SubscribedEvent::valueOf)
                .collect(Collectors.toSet());
        EventFilter filter = new EventFilter(kinds, Jdbc.texts(row, "area_codes").stream().map(AreaCode::new).toList(),
                Jdbc.texts(row, "tags").stream().map(ApproachTag::new).toList());
        return new Subscription(row.getObject("id", UUID.class), row.getString("description"),
                new CallbackUrl(URI.create(row.getString("callback_url"))), filter,
                new SubscriptionSecret(row.getString("secret")), SubscriptionStatus.valueOf(row.getString("status")),
                row.getInt("consecutive_failures"), Jdbc.time(row, "retry_at"), Jdbc.time(row, "paused_at"),
                row.getString("pause_reason"), Jdbc.time(row, "created_at"), row.getString("created_by"));
    }

}
