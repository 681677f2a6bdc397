package nl.schaalsprong.typology.service;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import io.quarkus.scheduler.Scheduled;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.basis.PinnedYear;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.service.FigureValueStore;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;
import nl.schaalsprong.typology.figure.domain.FigureDimensions;
import nl.schaalsprong.typology.figure.service.FigureStore;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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
    /** How many snapshots were revised from the served one rather than built whole, since start. */
    private final AtomicLong revisions = new AtomicLong();

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

    /**
     * How many changes had their snapshot revised from the one in service rather than built whole, since start
     * ({@link #replaceOnCommit(ImportedFigures)}); with the log, for telling which way an import went.
     */
    public long revisedSnapshots() {
        return revisions.get();
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
            return QuarkusTransaction.joiningExisting().call(() -> {
                long started = System.nanoTime();
                DimensionCatalogue catalogue = storedCatalogue(figures.pinnedYears());
                List<ComparabilitySnapshot.Member> members = store.members();
                long read = System.nanoTime();
                ComparabilitySnapshot snapshot = ComparabilitySnapshot.of(catalogue, members);
                // Where a whole build's time goes (issue 10, docs/benchmarks.md, session 14).
                LOG.infof("snapshot built whole: %d buurten read in %d ms, columns in %d ms", snapshot.size(),
                        (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
                return snapshot;
            });
        }
    }

    /** The dimensions as the database holds them now, with the columns {@code pins} fix to a year. */
    private DimensionCatalogue storedCatalogue(List<PinnedYear> pins) {
        return FigureDimensions.catalogue(figures.catalogue(), figures.derived(), pins);
    }

    /**
     * The snapshot in service revised with an import's figure values, when that is exactly what a full build in this
     * transaction would read: the served snapshot is the one of the version just before this transaction's raise
     * (so nothing else changed since, here or on another replica), the catalogue is the same, no value was removed
     * (an older year's might then be the newest) and no basis pins a figure to the import's year (its pinned column
     * would change too). A value of the import's year is a buurt's newest unless it holds a later year's, which the
     * database tells. Empty otherwise: then the caller builds whole.
     */
    private Optional<ComparabilitySnapshot> revised(Served served, long version, ImportedFigures imported) {
        if (served.version() != version - 1 || imported.removesAny()) {
            return Optional.empty();
        }
        synchronized (building) {
            long started = System.nanoTime();
            List<PinnedYear> pins = figures.pinnedYears();
            DimensionCatalogue catalogue = storedCatalogue(pins);
            Set<DimensionKey> written = imported.figures();
            if (!catalogue.definitions().equals(served.snapshot().catalogue().definitions())
                    || pins.stream().anyMatch(p -> p.year() == imported.year() && written.contains(p.figure()))) {
                return Optional.empty();
            }
            Map<DimensionKey, Set<String>> newer = store.newerThan(written, imported.year());
            Map<BuurtCode, Map<DimensionKey, AttributeValue>> newest = new HashMap<>();
            for (FigureValueStore.Write write : imported.writes()) {
                if (!newer.getOrDefault(write.figure(), Set.of()).contains(write.code().value())) {
                    newest.computeIfAbsent(write.code(), c -> new HashMap<>()).put(write.figure(), write.value());
                }
            }
            try {
                Optional<ComparabilitySnapshot> revised = served.snapshot().revised(newest);
                revised.ifPresent(r -> revisions.incrementAndGet());
                LOG.infof("snapshot of index version %d revised from version %d: %d buurten changed, in %d ms", version,
                        served.version(), newest.size(), (System.nanoTime() - started) / 1_000_000);
                return revised;
            } catch (NotFoundException unregistered) {
                // Cannot happen while an import that registers a buurt builds whole; if it did, whole is exact.
                LOG.warnf("an import wrote values of a buurt the served snapshot lacks (%s): building whole",
                        unregistered.getMessage());
                return Optional.empty();
            }
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
        serveOnCommit(build(), version);
    }

    /**
     * As {@link #replaceOnCommit()}, for an import that changed figure values alone: its snapshot is the served one
     * revised with them when that is exact ({@link #revised}), which reads only the import's own figures again and
     * rescales only their columns (session 14: a full build read some 300,000 values after every energy import).
     * Otherwise a whole build, as for any other change.
     */
    public void replaceOnCommit(ImportedFigures imported) {
        long version = versions.raise();
        Served served = current.get();
        serveOnCommit(revised(served, version, imported).orElseGet(this::build), version);
    }

    /**
     * The snapshot is handed over through a holder that completion empties, so the synchronization holds nothing once
     * it has run. Captured directly, the snapshot the national import served on commit was still reachable after a
     * reload had replaced it (a completed transaction's synchronizations outlive it somewhere we do not control): some
     * 15 MB beside its successor (docs/benchmarks.md, session 16).
     */
    private void serveOnCommit(ComparabilitySnapshot next, long version) {
        AtomicReference<ComparabilitySnapshot> pending = new AtomicReference<>(next);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                ComparabilitySnapshot committed = pending.getAndSet(null);
                if (status == Status.STATUS_COMMITTED) {
                    serve(committed, version);
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
