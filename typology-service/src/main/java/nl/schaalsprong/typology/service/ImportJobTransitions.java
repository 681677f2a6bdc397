package nl.schaalsprong.typology.service;

import nl.schaalsprong.typology.messaging.NeighbourhoodEvents;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.domain.Figure;
import nl.schaalsprong.typology.figure.service.FigureStore;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.typology.domain.imports.BuurtRevision;
import nl.schaalsprong.typology.domain.imports.ImportedBuurt;
import nl.schaalsprong.typology.domain.imports.ImportJob;
import nl.schaalsprong.typology.domain.imports.ImportMode;
import nl.schaalsprong.typology.domain.imports.ImportOutcome;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Each step of an import job in its own transaction. The job thread calls these, so each is REQUIRES_NEW: a
 * progress write commits at once (a poller sees it), and the end of a job commits together with the stored
 * rows, so a job is never SUCCEEDED without its rows nor its rows stored under a job still RUNNING; the
 * NeighbourhoodChanged events of the changed buurten are written to the outbox in that same transaction.
 */
@ApplicationScoped
public class ImportJobTransitions {

    private static final Logger LOG = Logger.getLogger(ImportJobTransitions.class);

    private final ImportJobStore jobs;
    private final NeighbourhoodStore neighbourhoods;
    private final Clock clock;
    private final ComparabilityIndex index;
    private final NeighbourhoodEvents events;
    private final FigureStore figures;
    private final AttributeStore attributes;
    private final ImportMetrics metrics;
    private final JobLease lease;

    public ImportJobTransitions(ImportJobStore jobs, NeighbourhoodStore neighbourhoods, Clock clock,
                                ComparabilityIndex index, NeighbourhoodEvents events, FigureStore figures,
                                AttributeStore attributes, ImportMetrics metrics, JobLease lease) {
        this.lease = lease;
        this.metrics = metrics;
        this.attributes = attributes;
        this.figures = figures;
        this.events = events;
        this.jobs = jobs;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
        this.index = index;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(ImportJob job) {
        job.leaseTo(lease.owner(), lease.until());
        jobs.add(job);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID id, int rowsRead) {
        ImportJob job = jobs.getForUpdate(id);
        job.requireOwner(lease.owner());
        job.reportProgress(rowsRead);
    }

    /**
     * What reading a file gave: the accepted rows and the rejections, the KWB figures a CBS file lacked, the figures
     * it carries (only these are written) and the figures its import declared.
     */
    public record Read(List<ImportedBuurt> accepted, List<ImportRejection> rejections,
                       List<DimensionKey> missingFigures, Set<DimensionKey> carried, List<Figure> declared,
                       String by, Set<DimensionKey> attributes) {

        /** The figures the file carries, without the steward attributes it sets. */
        Set<DimensionKey> carriedFigures() {
            Set<DimensionKey> figures = new java.util.LinkedHashSet<>(carried);
            figures.removeAll(attributes);
            return figures;
        }

        /** The accepted rows with their figures alone (steward attributes are stored apart). */
        List<ImportedBuurt> figureRows() {
            if (attributes.isEmpty()) {
                return accepted;
            }
            return accepted.stream().map(b -> {
                java.util.Map<DimensionKey, nl.schaalsprong.typology.domain.catalogue.AttributeValue> figures =
                        new java.util.LinkedHashMap<>(b.figures());
                figures.keySet().removeAll(attributes);
                return new ImportedBuurt(b.code(), b.naam(), b.gemeenteNaam(), figures);
            }).toList();
        }
    }

    /**
     * Ends a job whose file is read: stores the declared figures and the accepted rows (or, all-or-nothing with
     * rejections, nothing) and the rejections and unplaced codes, in one transaction with the job's end.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    // A national file stores a few hundred thousand values and an event per buurt; on a busy machine that can take
    // longer than the default minute, and a reaped transaction would fail a valid import.
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 600)
    public ImportOutcome finish(UUID id, int year, Read read) {
        ImportJob job = jobs.getForUpdate(id);
        job.requireOwner(lease.owner());
        int rowsRead = read.accepted().size() + read.rejections().size();
        job.readAll(rowsRead, read.missingFigures().stream().map(DimensionKey::value)
                .collect(java.util.stream.Collectors.joining(",")));
        jobs.addRejections(id, read.rejections());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (job.mode() == ImportMode.ALL_OR_NOTHING && !read.rejections().isEmpty()) {
            ImportOutcome outcome = new ImportOutcome(rowsRead, read.accepted().size(), read.rejections().size(),
                    0, 0, 0);
            job.reject(outcome, now);
            metrics.ended(job);
            return outcome;
        }
        long began = System.nanoTime();
        boolean declaredNew = !figures.declare(read.declared(), read.by(), now).isEmpty();
        Upserted upserted = read.accepted().isEmpty() ? Upserted.NONE
                : neighbourhoods.upsert(read.figureRows(), year, read.carriedFigures());
        UpsertCounts counts = settled(upserted, read, now);
        jobs.addUnplaced(id, upserted.unplaced().stream().map(Upserted.Unplaced::code).toList());
        long stored = System.nanoTime();
        events.importChanged(id, upserted.revisions());
        long evented = System.nanoTime();
        ImportOutcome outcome = new ImportOutcome(rowsRead, read.accepted().size(), read.rejections().size(),
                counts.created(), counts.updated(), counts.unchanged(), upserted.unplaced().size());
        if (counts.created() + counts.updated() > 0 || declaredNew) {
            // (steward attributes a file changed count as updates of their buurten)
            // A job that reads SUCCEEDED is already searched on its new figures.
            if (figuresAlone(read, counts, upserted, declaredNew)) {
                index.replaceOnCommit(new ImportedFigures(year, upserted.writes()));
            } else {
                index.replaceOnCommit();
            }
        }
        // Where a job's time goes, for the speed work of issue 10 (docs/benchmarks.md).
        LOG.infof("import %s stored: rows %d ms, %d events %d ms, snapshot %d ms", id, (stored - began) / 1_000_000,
                upserted.revisions().size(), (evented - stored) / 1_000_000, (System.nanoTime() - evented) / 1_000_000);
        job.succeed(outcome, now);
        metrics.ended(job);
        return outcome;
    }

    /**
     * Whether the import changed figure values of registered buurten and nothing else the snapshot holds (no buurt
     * registered or renamed, no figure declared, no steward attribute set), so the served snapshot may be revised
     * with them rather than read whole again.
     */
    private static boolean figuresAlone(Read read, UpsertCounts counts, Upserted upserted, boolean declaredNew) {
        return !declaredNew && counts.created() == 0 && read.attributes().isEmpty()
                && upserted.revisions().stream().noneMatch(r -> r.changed().containsKey(BuurtRevision.NAAM)
                        || r.changed().containsKey(BuurtRevision.GEMEENTENAAM));
    }

    /**
     * Stores the steward attributes the file sets for its placed buurten, as a PUT per buurt would (same store, same
     * neighbourhood.changed event per change, a value equal to the stored one changes nothing), and counts a buurt
     * whose attributes alone changed as updated rather than unchanged.
     */
    private UpsertCounts settled(Upserted upserted, Read read, OffsetDateTime now) {
        UpsertCounts counts = upserted.counts();
        if (read.attributes().isEmpty()) {
            return counts;
        }
        Set<String> unplaced = new java.util.HashSet<>();
        upserted.unplaced().forEach(u -> unplaced.add(u.code()));
        Set<String> revised = new java.util.HashSet<>();
        upserted.revisions().forEach(r -> revised.add(r.code().value()));
        int attributesAlone = 0;
        for (ImportedBuurt buurt : read.accepted()) {
            if (unplaced.contains(buurt.code().value())) {
                continue;
            }
            boolean changed = false;
            for (DimensionKey key : read.attributes()) {
                var value = buurt.figures().get(key);
                if (value != null && attributes.put(buurt.code(), key, value, read.by(), now)) {
                    events.attributeSet(buurt.code(), key, value, read.by(), now);
                    changed = true;
                }
            }
            if (changed && !revised.contains(buurt.code().value())) {
                attributesAlone++;
            }
        }
        return new UpsertCounts(counts.created(), counts.updated() + attributesAlone,
                counts.unchanged() - attributesAlone);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID id, String reason) {
        ImportJob job = jobs.getForUpdate(id);
        job.requireOwner(lease.owner());
        job.fail(reason, OffsetDateTime.now(clock));
        metrics.ended(job);
    }

    /**
     * Marks every RUNNING job whose lease ran out before {@code expiredBy} as FAILED (its process stopped: nothing of
     * it was stored), whichever process owned it; a job whose owner still renews its lease is left running. Returns
     * how many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int failInterrupted(OffsetDateTime expiredBy) {
        List<ImportJob> interrupted = jobs.leaseRunOut(expiredBy);
        OffsetDateTime now = OffsetDateTime.now(clock);
        interrupted.forEach(j -> j.fail("interrupted: the service stopped during the import; nothing was stored", now));
        if (!interrupted.isEmpty()) {
            LOG.warnf("%d imports were interrupted by a stop (lease run out) and are marked FAILED", interrupted.size());
        }
        return interrupted.size();
    }
}
