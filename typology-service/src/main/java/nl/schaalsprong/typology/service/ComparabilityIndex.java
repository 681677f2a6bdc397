package nl.schaalsprong.typology.service;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.context.ManagedExecutor;

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

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current {@link ComparabilitySnapshot} (all bases share it; a basis only adds weights). Searches read whichever snapshot is current; a reload builds
 * a complete new one from the database and swaps the reference, so a search never sees half an import.
 */
@ApplicationScoped
public class ComparabilityIndex {

    private static final Logger LOG = Logger.getLogger(ComparabilityIndex.class);

    private final NeighbourhoodStore store;
    private final FigureStore figures;
    /** The snapshot in service, with the number of committed changes it is known to include. */
    private final AtomicReference<Served> current;
    /** Changes committed through {@link #replaceOnCommit}, counted: how a snapshot's freshness is compared. */
    private final AtomicLong committedChanges = new AtomicLong();
    private volatile boolean loaded;
    /** A background reload is queued and has not begun reading: a commit before it begins needs no other. */
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    /**
     * Builds run one at a time: each holds a whole population's figures beside the snapshot in service, and two or
     * three at once (an import's background reload overlapping the next change's own build) ran a 192 MB heap out of
     * memory during the local run's set-up.
     */
    private final Object building = new Object();

    private final TransactionSynchronizationRegistry transactions;
    private final ManagedExecutor executor;

    public ComparabilityIndex(NeighbourhoodStore store, FigureStore figures,
                              TransactionSynchronizationRegistry transactions, ManagedExecutor executor) {
        this.store = store;
        this.figures = figures;
        this.transactions = transactions;
        this.executor = executor;
        this.current = new AtomicReference<>(new Served(ComparabilitySnapshot.empty(
                new DimensionCatalogue(StandardDimensions.assigned())), -1));
    }

    private record Served(ComparabilitySnapshot snapshot, long changes) {
    }

    /**
     * Puts a snapshot in service unless one that includes later changes already is: a background reload that
     * started reading before a change committed must not replace the snapshot that change put in service (seen:
     * a dimension defined a moment earlier vanished again until the next reload).
     */
    private void serve(ComparabilitySnapshot snapshot, long changes) {
        current.accumulateAndGet(new Served(snapshot, changes),
                (served, offered) -> offered.changes() >= served.changes() ? offered : served);
        loaded = true;
    }

    void onStart(@Observes StartupEvent start) {
        reload();
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
     * Rebuilds from what is committed now. Serialised, so that of two overlapping imports the reload that runs
     * last reads (and keeps) the state after both, instead of an older read overwriting a newer snapshot.
     */
    public synchronized ComparabilitySnapshot reload() {
        long started = System.nanoTime();
        long changes = committedChanges.get(); // read before the build: it sees at least these changes
        ComparabilitySnapshot snapshot = build();
        serve(snapshot, changes);
        LOG.infof("comparability snapshot holds %d buurten (built in %d ms)", snapshot.size(),
                (System.nanoTime() - started) / 1_000_000);
        return snapshot;
    }

    /**
     * For a change made in the current transaction: builds the snapshot from what this transaction sees (its own
     * writes included) and puts it in service the moment the transaction commits, so whoever learns of the commit
     * (an import job's SUCCEEDED) is served the new population. A full {@link #reload} follows in the background, so
     * changes that committed alongside, which this transaction could not see, are served soon after too.
     */
    public void replaceOnCommit() {
        ComparabilitySnapshot next = build();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    serve(next, committedChanges.incrementAndGet());
                    // In a transaction of its own: the executor propagates this (by now finished) transaction
                    // to the task, where the read would fail with "transaction is not active".
                    reloadInBackground();
                }
            }
        });
    }

    /**
     * Queues one reload unless one is queued that has not begun: it will read this commit too. A burst of commits
     * (an import's batches, a set-up's steps) so costs one or two builds, not one each.
     */
    private void reloadInBackground() {
        if (reloadQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                reloadQueued.set(false); // before reading: a commit from now on queues the next reload
                QuarkusTransaction.requiringNew().run(ComparabilityIndex.this::reload);
            });
        }
    }
}
