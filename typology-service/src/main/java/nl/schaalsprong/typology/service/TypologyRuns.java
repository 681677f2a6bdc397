package nl.schaalsprong.typology.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.schaalsprong.typology.domain.typology.ClusteringSpace;
import nl.schaalsprong.typology.domain.typology.ComputedTypology;
import nl.schaalsprong.typology.domain.typology.Progress;
import nl.schaalsprong.typology.domain.typology.Typology;
import nl.schaalsprong.typology.domain.typology.TypologyComputation;
import nl.schaalsprong.typology.domain.typology.TypologyParameters;
import nl.schaalsprong.typology.domain.typology.TypeLabels;
import nl.schaalsprong.typology.domain.typology.TypologyType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Typology runs as jobs: starting one records it as RUNNING and returns at once; the clustering runs on the
 * managed executor, writes its progress as it goes, and ends in DRAFT (types and assignments stored in one
 * transaction) or FAILED (with the reason).
 */
@ApplicationScoped
public class TypologyRuns {

    private static final Logger LOG = Logger.getLogger(TypologyRuns.class);
    /** Computing is most of the work; the last few percent are storing the assignments. */
    private static final int COMPUTED_PERCENT = 95;
    /** Fewer, larger steps: each progress report is a database write. */
    private static final int PROGRESS_STEP = 5;

    private final TypologyStore store;
    private final TypologySpaces spaces;
    private final TypologySettings settings;
    private final JobThreads executor;
    private final Clock clock;

    private final JobLease lease;

    public TypologyRuns(TypologyStore store, TypologySpaces spaces, TypologySettings settings,
                        JobThreads executor, Clock clock, JobLease lease) {
        this.lease = lease;
        this.store = store;
        this.spaces = spaces;
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * At start: a k range or sample size out of bounds stops the service now, not each run later; and runs that a
     * stopped process left RUNNING (its executor stopped with it) are marked FAILED, or they would show RUNNING
     * forever: only runs whose lease ran out, so another replica's running run is left alone ({@link JobLease}).
     */
    void onStart(@Observes StartupEvent start) {
        settings.kRange();
        settings.clara();
        failInterrupted(OffsetDateTime.now(clock));
    }

    /** Marks every RUNNING run whose lease ran out before {@code expiredBy} as FAILED; returns how many. */
    public int failInterrupted(OffsetDateTime expiredBy) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Typology> interrupted = store.leaseRunOut(expiredBy);
            OffsetDateTime now = OffsetDateTime.now(clock);
            interrupted.forEach(t -> t.fail("interrupted: the service stopped during the run", now));
            if (!interrupted.isEmpty()) {
                LOG.warnf("%d typology runs were interrupted by a stop and are marked FAILED", interrupted.size());
            }
            return interrupted.size();
        });
    }

    /**
     * Records a new RUNNING typology and starts computing it. The record commits before the job starts, so the
     * job always finds it and a client polling the Location never sees a 404.
     */
    public Typology start(TypologyParameters parameters) {
        ClusteringSpace space = spaces.spaceFor(parameters.basis());
        Typology typology = QuarkusTransaction.requiringNew().call(() -> {
            Typology started = Typology.start(UUID.randomUUID(), store.nextVersion(), parameters,
                    OffsetDateTime.now(clock));
            started.leaseTo(lease.owner(), lease.until());
            store.add(started);
            return started;
        });
        executor.start(() -> execute(typology.id(), parameters, space));
        return typology;
    }

    private void execute(UUID id, TypologyParameters parameters, ClusteringSpace space) {
        long started = System.nanoTime();
        try {
            ComputedTypology result = TypologyComputation.run(space, parameters.requestedK(), parameters.seed(),
                    settings.kRange(), settings.clara(), progressOf(id));
            long computed = System.nanoTime();
            List<String> medoids = IntStream.range(0, result.k())
                    .mapToObj(c -> space.code(result.clustering().medoids()[c])).toList();
            List<String> labels = TypeLabels.of(result.portraits(), medoids);
            List<TypologyType> types = IntStream.range(0, result.k())
                    .mapToObj(c -> new TypologyType(c + 1, labels.get(c), medoids.get(c), result.portraits().get(c)))
                    .toList();
            completed(id, space, result, types);
            LOG.infof("typology %s: k=%d, silhouette %.3f over %d buurten (tried k from %d: %s); computed in %d ms, "
                            + "stored in %d ms", id, result.k(), result.silhouette(), space.size(), result.firstK(),
                    result.silhouetteByK(), (computed - started) / 1_000_000, (System.nanoTime() - computed) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.errorf(e, "typology run %s failed", id);
            try {
                failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException second) {
                LOG.errorf(second, "could not record that typology run %s failed", id);
            }
        }
    }

    private Progress progressOf(UUID id) {
        int[] written = {0};
        return fraction -> {
            int percent = (int) Math.floor(fraction * COMPUTED_PERCENT);
            if (percent >= written[0] + PROGRESS_STEP) {
                written[0] = percent;
                progress(id, percent);
            }
        };
    }

    /*
     * The steps of a run, each in its own transaction on the locked run, and each only for the process that holds the
     * run's lease (Typology.requireOwner): a run leased to another process is neither advanced, nor stored, nor failed
     * from here (a conflict, logged by the run's thread), as an import's steps refuse (ImportJobTransitions).
     */

    /** Writes how far the run is. */
    public void progress(UUID id, int percent) {
        QuarkusTransaction.requiringNew().run(() -> owned(id).reportProgress(percent));
    }

    /** Stores the types and every buurt's assignment and ends the run in DRAFT, in one transaction. */
    public void completed(UUID id, ClusteringSpace space, ComputedTypology result, List<TypologyType> types) {
        QuarkusTransaction.requiringNew().run(() -> {
            Typology typology = owned(id);
            store.addOutcome(id, space, result.clustering(), types);
            typology.complete(result.k(), result.silhouette(), space.size(), OffsetDateTime.now(clock));
        });
    }

    /** Ends the run in FAILED, keeping why. */
    public void failed(UUID id, String reason) {
        QuarkusTransaction.requiringNew().run(() -> owned(id).fail(reason, OffsetDateTime.now(clock)));
    }

    private Typology owned(UUID id) {
        Typology typology = store.getForUpdate(id);
        typology.requireOwner(lease.owner());
        return typology;
    }
}
