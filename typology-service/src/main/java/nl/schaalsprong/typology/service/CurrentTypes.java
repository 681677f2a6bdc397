package nl.schaalsprong.typology.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.typology.TypeOfBuurt;
import nl.schaalsprong.typology.domain.typology.TypologyPublishedHere;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every buurt's type in the current (newest published) typology, held in memory, so a comparable search can show
 * each result's type without a query. Reads never wait for the database.
 *
 * <p>Loaded at start and just after a publish commits here. A typology another replica published is followed by a
 * poll on the comparability index's interval ({@link #follow}, {@code schaalsprong.typology.index.poll-interval}):
 * it reads which typology is current (one row) and reloads the assignments only when that changed. Nothing else
 * needs following: a published typology's types and assignments are immutable (V10's triggers), and a steward's
 * name for a type is not held here (every answer that shows it reads it from the database).
 */
@ApplicationScoped
public class CurrentTypes {

    private static final Logger LOG = Logger.getLogger(CurrentTypes.class);

    private record Loaded(UUID typologyId, Map<String, TypeOfBuurt> byBuurt) {
    }

    private final TypologyQueries queries;
    private final ManagedExecutor executor;
    private volatile Loaded loaded = new Loaded(null, Map.of());

    public CurrentTypes(TypologyQueries queries, ManagedExecutor executor) {
        this.queries = queries;
        this.executor = executor;
    }

    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(this::refresh);
    }

    /**
     * After the commit, on another thread: the committing transaction has ended but still owns this one (the
     * executor would propagate it, "transaction is not active"; hence a transaction of its own).
     */
    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) TypologyPublishedHere published) {
        executor.execute(this::follow);
    }

    /** Follows which typology is current, whoever published it (this replica, another one, or SQL). */
    @Scheduled(every = "${schaalsprong.typology.index.poll-interval:5s}",
            delayed = "${schaalsprong.typology.index.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void follow() {
        try {
            QuarkusTransaction.requiringNew().run(this::refresh);
        } catch (RuntimeException e) {
            LOG.warn("could not check which typology is current; keeping the types loaded before", e);
        }
    }

    /** The buurt's type in the current typology; null when none is published or the buurt was not typed in it. */
    public TypeOfBuurt typeOf(BuurtCode code) {
        return loaded.byBuurt().get(code.value());
    }

    /** The typology whose types are served, if any. */
    public Optional<UUID> typologyId() {
        return Optional.ofNullable(loaded.typologyId());
    }

    /**
     * Reads which typology is current and, when that changed, its assignments. Serialised, so of a poll and a
     * publish's reload the later one reads (and keeps) the later state.
     */
    synchronized void refresh() {
        Optional<UUID> current = queries.currentId();
        if (current.equals(typologyId())) {
            return;
        }
        Map<String, TypeOfBuurt> byBuurt = current.map(queries::typesByBuurt).map(Map::copyOf).orElse(Map.of());
        loaded = new Loaded(current.orElse(null), byBuurt);
        LOG.infof("types of %d buurten loaded from typology %s", byBuurt.size(), current.orElse(null));
    }
}
