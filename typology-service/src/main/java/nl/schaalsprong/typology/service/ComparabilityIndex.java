package nl.schaalsprong.typology.service;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import io.quarkus.scheduler.Scheduled;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;
import nl.schaalsprong.typology.figure.domain.FigureDimensions;
import nl.schaalsprong.typology.figure.service.FigureStore;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current {@link ComparabilitySnapshot} (all bases share it; a basis only adds weights). Searches read whichever snapshot is current; a reload builds
 * a complete new one from the database and swaps the reference, so a search never sees half an import.
 *
 * <p>Every change to what the snapshot is built from raises the {@link IndexVersion} in its transaction, and every
 * snapshot knows the version it was read at. A change builds its snapshot after raising (so it is exact: the raise's
 * row lock keeps every other change out until this one commits) and serves it on commit. Changes another replica
 * commits are followed by a poll of the version ({@link #follow}, every
 * {@code schaalsprong.typology.index.poll-interval}): when it moved past the served one, the snapshot is rebuilt.
 */
@ApplicationScoped
public class ComparabilityIndex {

    private static final Logger LOG = Logger.getLogger(ComparabilityIndex.class);

    private final NeighbourhoodStore store;
    private final FigureStore figures;
    private final IndexVersion versions;
    /** The snapshot in service, with the index version it was read at. */
    private final AtomicReference<Served> current;
    private volatile boolean loaded;
    /**
     * Builds run one at a time: each holds a whole population's figures beside the snapshot in service, and two or
     * three at once (an import's background reload overlapping the next change's own build) ran a 192 MB heap out of
     * memory during the local run's set-up.
     */
    private final Object building = new Object();

    private final TransactionSynchronizationRegistry transactions;

    public ComparabilityIndex(NeighbourhoodStore store, FigureStore figures, IndexVersion versions,
                              TransactionSynchronizationRegistry transactions) {
        this.store = store;
        this.figures = figures;
        this.versions = versions;
        this.transactions = transactions;
        this.current = new AtomicReference<>(new Served(ComparabilitySnapshot.empty(
                new DimensionCatalogue(StandardDimensions.assigned())), -1));
    }

    private record Served(ComparabilitySnapshot snapshot, long version) {
    }

    /**
     * Puts a snapshot in service unless one read at a later version already is: a reload that started reading before
     * a change committed must not replace the snapshot that change put in service (seen: a dimension defined a
     * moment earlier vanished again until the next reload).
     */
    private void serve(ComparabilitySnapshot snapshot, long version) {
        current.accumulateAndGet(new Served(snapshot, version),
                (served, offered) -> offered.version() >= served.version() ? offered : served);
        loaded = true;
    }

    void onStart(@Observes StartupEvent start) {
        reload();
    }

    /**
     * Follows changes committed elsewhere (another replica, or SQL): rebuilds when the committed version is past the
     * served one. Changes made here are served exactly at their commit, so they never cause a rebuild.
     */
    @Scheduled(every = "${schaalsprong.typology.index.poll-interval:5s}", delayed = "${schaalsprong.typology.index.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void follow() {
        if (!loaded) {
            return;
        }
        long committed = QuarkusTransaction.requiringNew().call(versions::current);
        if (committed > current.get().version()) {
            LOG.infof("index version %d committed, %d served: rebuilding", committed, current.get().version());
            QuarkusTransaction.requiringNew().run(this::reload);
        }
    }

    /** The version the snapshot in service was read at. */
    public long servedVersion() {
        return current.get().version();
    }

    public ComparabilitySnapshot current() {
        return current.get().snapshot();
    }

    /** The dimensions searches use now: the current snapshot's, so a basis is checked against what it will search. */
    public DimensionCatalogue catalogue() {
        return current().catalogue();
    }

    /**
     * The dimensions as committed (or written in the caller's transaction) now, read from the database: what a new
     * basis is checked against, so a dimension defined a moment ago is known even while the snapshot that will
     * search on it is still being rebuilt in the background.
     */
    public DimensionCatalogue committedCatalogue() {
        return QuarkusTransaction.joiningExisting().call(() ->
                FigureDimensions.catalogue(figures.catalogue(), figures.derived()));
    }

    /**
     * Figures, derived dimensions, the figure-years bases pin and buurten read in one transaction, so the catalogue and the columns always
     * match (an import that declares a figure and brings its values is seen whole or not at all).
     */
    private ComparabilitySnapshot build() {
        synchronized (building) {
            return QuarkusTransaction.joiningExisting().call(() -> ComparabilitySnapshot.of(
                    FigureDimensions.catalogue(figures.catalogue(), figures.derived(), figures.pinnedYears()),
                    store.members()));
        }
    }

    /** True once the stored buurten have been loaded at least once; readiness waits for it. */
    public boolean isLoaded() {
        return loaded;
    }

    /**
     * Rebuilds from what is committed now. The version is read first, so the snapshot holds at least the changes up
     * to it (read committed: each later statement sees every commit before it). Serialised, so that of two
     * overlapping reloads the one that runs last reads (and keeps) the state after both.
     */
    public synchronized ComparabilitySnapshot reload() {
        long started = System.nanoTime();
        long version = QuarkusTransaction.joiningExisting().call(versions::current);
        ComparabilitySnapshot snapshot = build();
        serve(snapshot, version);
        LOG.infof("comparability snapshot holds %d buurten at index version %d (built in %d ms)", snapshot.size(),
                version, (System.nanoTime() - started) / 1_000_000);
        return snapshot;
    }

    /**
     * For a change made in the current transaction: raises the index version, builds the snapshot from what this
     * transaction sees (its own writes and, behind the version's lock, every change committed before) and puts it in
     * service the moment the transaction commits, so whoever learns of the commit (an import job's SUCCEEDED) is
     * served the new population. It is exact at its version, so no reload follows (until session 10 a second full
     * build ran after every change, in case a change had committed alongside).
     */
    public void replaceOnCommit() {
        long version = versions.raise();
        ComparabilitySnapshot next = build();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    serve(next, version);
                }
            }
        });
    }

    /**
     * For a change whose transaction has committed without building a snapshot (a steward's attribute): it raised the
     * version in its transaction ({@link IndexVersion#raise}); this rebuilds now, so the next search sees it.
     */
    public void changed() {
        QuarkusTransaction.requiringNew().run(this::reload);
    }
}
