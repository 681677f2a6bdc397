package nl.schaalsprong.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.platform.config.EventsConfig;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Deletes published outbox rows once they are older than the retention. Unpublished rows are never deleted,
 * however old: they are events still owed to the broker. Deletes go in chunks, each its own short transaction,
 * so a large backlog (a first import writes thousands of events) never holds locks for long.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);
    static final int CHUNK = 5_000;

    private final EntityManager entityManager;
    private final EventsConfig config;
    private final Clock clock;

    public OutboxRetention(EntityManager entityManager, EventsConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${schaalsprong.events.outbox.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Deletes what the retention allows; returns how many rows went. */
    public int purge() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(config.outbox().retention());
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                            "delete from outbox_event where seq in (select seq from outbox_event "
                                    + "where published_at < :before order by seq limit :chunk)")
                    .setParameter("before", before)
                    .setParameter("chunk", CHUNK)
                    .executeUpdate());
            total += deleted;
        } while (deleted == CHUNK);
        if (total > 0) {
            LOG.infof("deleted %d outbox events published before %s", total, before);
        }
        return total;
    }
}
