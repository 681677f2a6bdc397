package nl.schaalsprong.typology.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.typology.TypeOfBuurt;
import nl.schaalsprong.typology.domain.typology.TypologyPublishedHere;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every buurt's type in the current (newest published) typology, held in memory, so a comparable search can show
 * each result's type without a query. Loaded at start and again after a publish commits here; another instance's
 * publish is noticed within {@link #RECHECK}: a read after that asks PostgreSQL in the background which typology is
 * current (one row), and reloads the assignments only when it changed. Reads never wait for the database.
 */
@ApplicationScoped
public class CurrentTypes {

    static final Duration RECHECK = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(CurrentTypes.class);

    private record Loaded(UUID typologyId, Map<String, TypeOfBuurt> byBuurt, long checkedAt) {
    }

    private final TypologyQueries queries;
    private final ManagedExecutor executor;
    private final AtomicBoolean checking = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Loaded loaded = new Loaded(null, Map.of(), System.nanoTime());

    public CurrentTypes(TypologyQueries queries, ManagedExecutor executor) {
        this.queries = queries;
        this.executor = executor;
    }

    void onStart(@Observes StartupEvent start) {
        refresh();
    }

    /** After the commit, on another thread: the committing transaction has ended but still owns this one. */
    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) TypologyPublishedHere published) {
        checkInBackground();
    }

    /** The buurt's type in the current typology; null when none is published or the buurt was not typed in it. */
    public TypeOfBuurt typeOf(BuurtCode code) {
        Loaded now = loaded;
        if (System.nanoTime() - now.checkedAt() > RECHECK.toNanos()) {
            checkInBackground();
        }
        return now.byBuurt().get(code.value());
    }

    /** One check at a time; a request made while one runs is served by another round, never lost. */
    private void checkInBackground() {
        pending.set(true);
        if (checking.compareAndSet(false, true)) {
            executor.execute(this::checkWhilePending);
        }
    }

    private void checkWhilePending() {
        try {
            while (pending.getAndSet(false)) {
                // In a transaction of its own: the executor propagates the caller's transaction, which may have
                // ended by now ("transaction is not active").
                QuarkusTransaction.requiringNew().run(this::refresh);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not check which typology is current; keeping the types loaded before", e);
        } finally {
            checking.set(false);
            if (pending.get() && checking.compareAndSet(false, true)) {
                executor.execute(this::checkWhilePending);
            }
        }
    }

    /** Reads which typology is current and, when that changed, its assignments. */
    synchronized void refresh() {
        Optional<UUID> current = queries.currentId();
        Loaded before = loaded;
        if (current.map(id -> id.equals(before.typologyId())).orElse(before.typologyId() == null)) {
            loaded = new Loaded(before.typologyId(), before.byBuurt(), System.nanoTime());
            return;
        }
        Map<String, TypeOfBuurt> byBuurt = current.map(queries::typesByBuurt).map(Map::copyOf).orElse(Map.of());
        loaded = new Loaded(current.orElse(null), byBuurt, System.nanoTime());
        LOG.infof("types of %d buurten loaded from typology %s", byBuurt.size(), current.orElse(null));
    }
}
