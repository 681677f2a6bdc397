package nl.schaalsprong.typology.service;

import nl.schaalsprong.typology.domain.Kerncijfer;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.typology.domain.CbsBuurt;
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

    public ImportJobTransitions(ImportJobStore jobs, NeighbourhoodStore neighbourhoods, Clock clock,
                                ComparabilityIndex index, NeighbourhoodEvents events) {
        this.events = events;
        this.jobs = jobs;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
        this.index = index;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(ImportJob job) {
        jobs.add(job);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID id, int rowsRead) {
        jobs.getForUpdate(id).reportProgress(rowsRead);
    }

    /**
     * Ends a job whose file is read: stores the accepted rows (or, all-or-nothing with rejections, nothing) and the
     * rejections, in one transaction with the job's end. Returns the counts.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportOutcome finish(UUID id, int year, List<CbsBuurt> accepted, List<ImportRejection> rejections,
                                Set<Kerncijfer> missingFigures) {
        ImportJob job = jobs.getForUpdate(id);
        int rowsRead = accepted.size() + rejections.size();
        job.readAll(rowsRead, java.util.Arrays.stream(Kerncijfer.values()).filter(missingFigures::contains)
                .map(Kerncijfer::cbsStem).collect(java.util.stream.Collectors.joining(",")));
        jobs.addRejections(id, rejections);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (job.mode() == ImportMode.ALL_OR_NOTHING && !rejections.isEmpty()) {
            ImportOutcome outcome = new ImportOutcome(rowsRead, accepted.size(), rejections.size(), 0, 0, 0);
            job.reject(outcome, now);
            return outcome;
        }
        Upserted upserted = accepted.isEmpty() ? Upserted.NONE : neighbourhoods.upsert(accepted, year,
                java.util.EnumSet.complementOf(missingFigures.isEmpty() ? java.util.EnumSet.noneOf(Kerncijfer.class)
                        : java.util.EnumSet.copyOf(missingFigures)));
        UpsertCounts counts = upserted.counts();
        events.importChanged(id, upserted.revisions());
        ImportOutcome outcome = new ImportOutcome(rowsRead, accepted.size(), rejections.size(), counts.created(),
                counts.updated(), counts.unchanged());
        if (counts.created() + counts.updated() > 0) {
            // A job that reads SUCCEEDED is already searched on its new figures.
            index.replaceOnCommit();
        }
        job.succeed(outcome, now);
        return outcome;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID id, String reason) {
        jobs.getForUpdate(id).fail(reason, OffsetDateTime.now(clock));
    }

    /** Marks every job started before {@code before} and still RUNNING as FAILED; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int failInterrupted(OffsetDateTime before) {
        List<ImportJob> interrupted = jobs.runningSince(before);
        OffsetDateTime now = OffsetDateTime.now(clock);
        interrupted.forEach(j -> j.fail("interrupted: the service stopped during the import; nothing was stored", now));
        if (!interrupted.isEmpty()) {
            LOG.warnf("%d imports were interrupted by a stop and are marked FAILED", interrupted.size());
        }
        return interrupted.size();
    }
}
