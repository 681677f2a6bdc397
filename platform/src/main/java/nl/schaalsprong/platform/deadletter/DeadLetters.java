package nl.schaalsprong.platform.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.platform.time.NativeTimestamps;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dead letters of a service's consumers: captured from their dead-letter topics, listed for a steward, and
 * replayed through the outbox (so a replay commits with its mark, and reaches the broker like any event). Every
 * service keeps them in its own {@code dead_letter} table (the same columns in each).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** The outbox's event type of a replayed record: its own type is whatever the payload says, if anything. */
    static final String REPLAYED = "nl.schaalsprong.dead-letter.replayed";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    public DeadLetters(EntityManager entityManager, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Keeps a dead-lettered record once, however often its dead-letter topic is read.
     *
     * @return the new dead letter's id; empty when that record was kept before
     */
    @Transactional
    public Optional<UUID> capture(String topic, int partition, long offset, String key, String payload,
                                  String reason) {
        UUID id = UUID.randomUUID();
        int inserted = entityManager.createNativeQuery("insert into dead_letter (id, topic, source_partition,"
                        + " source_offset, record_key, payload, reason, dead_lettered_at) values (:id, :topic,"
                        + " :partition, :offset, :key, :payload, :reason, :at) on conflict do nothing")
                .setParameter("id", id).setParameter("topic", topic)
                .setParameter("partition", partition).setParameter("offset", offset)
                .setParameter("key", key).setParameter("payload", payload).setParameter("reason", reason)
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        if (inserted == 1) {
            LOG.infof("dead letter from %s (partition %d, offset %d) kept for a steward: %s", topic, partition, offset,
                    reason);
            return Optional.of(id);
        }
        return Optional.empty();
    }

    /** Newest first. */
    @Transactional
    public Page<DeadLetter> list(int page, int size) {
        List<DeadLetter> items = entityManager.createNativeQuery("select " + COLUMNS + " from dead_letter"
                        + " order by dead_lettered_at desc, id limit :size offset :offset")
                .setParameter("size", size).setParameter("offset", (long) page * size)
                .getResultList().stream().map(row -> deadLetter((Object[]) row)).toList();
        long total = ((Number) entityManager.createNativeQuery("select count(*) from dead_letter").getSingleResult())
                .longValue();
        return new Page<>(items, page, size, total);
    }

    /**
     * Re-publishes the dead letter to its original topic, once: a dead letter replayed before is answered as it is.
     *
     * @throws NotFoundException when there is no such dead letter
     */
    @Transactional
    public DeadLetter replay(UUID id, String steward) {
        // Locked: two stewards replaying at once would otherwise both publish it.
        List<?> rows = entityManager.createNativeQuery("select " + COLUMNS + " from dead_letter where id = :id"
                        + " for update").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("dead letter", id);
        }
        DeadLetter letter = deadLetter((Object[]) rows.get(0));
        if (letter.replayed()) {
            return letter;
        }
        outbox.appendRecord(letter.topic(), REPLAYED, letter.key() == null ? "" : letter.key(), letter.payload());
        OffsetDateTime now = OffsetDateTime.now(clock);
        entityManager.createNativeQuery("update dead_letter set replayed_at = :at, replayed_by = :by where id = :id")
                .setParameter("at", now).setParameter("by", steward).setParameter("id", id).executeUpdate();
        LOG.infof("dead letter %s replayed to %s by %s", id, letter.topic(), steward);
        return new DeadLetter(letter.id(), letter.topic(), letter.key(), letter.payload(), letter.reason(),
                letter.deadLetteredAt(), now, steward);
    }

    private static final String COLUMNS = "id, topic, record_key, payload, reason, dead_lettered_at, replayed_at,"
            + " replayed_by";

    private static DeadLetter deadLetter(Object[] row) {
        return new DeadLetter((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                NativeTimestamps.of(row[5]), NativeTimestamps.of(row[6]),
                (String) row[7]);
    }
}
