package nl.schaalsprong.typology.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.schaalsprong.typology.domain.CbsBuurt;
import nl.schaalsprong.typology.domain.Kerncijfer;
import nl.schaalsprong.typology.domain.imports.ImportJob;
import nl.schaalsprong.typology.domain.imports.ImportMode;
import nl.schaalsprong.typology.domain.imports.ImportOutcome;
import nl.schaalsprong.typology.domain.imports.ImportSource;
import nl.schaalsprong.typology.mapping.CbsKwbReader;
import nl.schaalsprong.typology.mapping.CbsKwbRow;
import nl.schaalsprong.typology.mapping.ColumnMapping;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.io.StringReader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Imports a CBS "Kerncijfers wijken en buurten" buurt file, or a third party's file through a column mapping, as a
 * job. Starting one checks the header at once (a
 * file that is no KWB file is refused before any job exists), records the job RUNNING and returns; the managed
 * executor then reads and checks every row outside any transaction, writing progress as it goes, and stores the
 * accepted rows in one transaction together with the job's end, then rebuilds the comparability snapshot.
 */
@ApplicationScoped
public class CbsKwbImportService {

    private static final Logger LOG = Logger.getLogger(CbsKwbImportService.class);
    /** Rows between two progress writes: each is a small transaction, so not every row. */
    static final int PROGRESS_EVERY = 2_000;

    private final ImportJobTransitions transitions;
    private final ManagedExecutor executor;
    private final Clock clock;

    public CbsKwbImportService(ImportJobTransitions transitions, ManagedExecutor executor, Clock clock) {
        this.transitions = transitions;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Jobs a previous process left RUNNING (it stopped mid-import, its executor with it) would show RUNNING forever;
     * their rows were never committed, so FAILED is the truth. This assumes one process imports, as deployed
     * today; several replicas would need a lease per job instead.
     */
    void onStart(@Observes StartupEvent start) {
        transitions.failInterrupted(OffsetDateTime.now(clock));
    }

    /**
     * Starts an import of {@code file}. The job is committed before the work is handed to the executor, so a client
     * polling its Location never sees a 404.
     *
     * @param file the file as CBS publishes it, already decoded
     * @param year the KWB year the figures describe; CBS files do not state it themselves
     * @throws nl.schaalsprong.platform.domain.RuleViolationException when the file is empty or lacks the KWB columns
     */
    public ImportJob start(String file, int year, ImportMode mode, String startedBy) {
        return start(ImportSource.CBS_KWB, () -> CbsKwbReader.open(new StringReader(file)), year, mode, startedBy);
    }

    /**
     * Starts an import of a third party's file through a column mapping; rows are checked and stored exactly as a
     * CBS file's, so its figures land in the same columns.
     *
     * @throws nl.schaalsprong.platform.domain.RuleViolationException when the file is empty or lacks a mapped column
     */
    public ImportJob startMapped(String file, ColumnMapping mapping, int year, ImportMode mode, String startedBy) {
        return start(ImportSource.MAPPED, () -> CbsKwbReader.open(new StringReader(file), mapping), year, mode,
                startedBy);
    }

    /** Opens the file once now, so a wrong header is a 422 before any job exists, and again in the job. */
    private ImportJob start(ImportSource source, Supplier<CbsKwbReader> open, int year, ImportMode mode,
                            String startedBy) {
        open.get();
        ImportJob job = ImportJob.start(UUID.randomUUID(), source, year, mode, startedBy, OffsetDateTime.now(clock));
        transitions.started(job);
        executor.execute(() -> run(job.id(), open, year));
        return job;
    }

    private void run(UUID id, Supplier<CbsKwbReader> open, int year) {
        try {
            CbsKwbReader reader = open.get();
            List<CbsBuurt> accepted = new ArrayList<>();
            List<ImportRejection> rejections = new ArrayList<>();
            int rowsRead = 0;
            for (CbsKwbRow row = reader.next(); row != null; row = reader.next()) {
                rowsRead++;
                if (row instanceof CbsKwbRow.Accepted a) {
                    accepted.add(a.buurt());
                } else if (row instanceof CbsKwbRow.Rejected r) {
                    rejections.add(new ImportRejection(r.line(), r.reason()));
                }
                if (rowsRead % PROGRESS_EVERY == 0) {
                    transitions.progress(id, rowsRead);
                }
            }
            Set<Kerncijfer> missing = Set.copyOf(reader.header().missingFigures());
            ImportOutcome outcome = transitions.finish(id, year, accepted, rejections, missing);
            LOG.infof("KWB %d import %s: %d rows read, %d created, %d updated, %d unchanged, %d rejected", year,
                    id, outcome.rowsRead(), outcome.created(), outcome.updated(), outcome.unchanged(),
                    outcome.rejected());
        } catch (RuntimeException e) {
            LOG.errorf(e, "import %s failed", id);
            try {
                transitions.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException second) {
                LOG.errorf(second, "could not record that import %s failed", id);
            }
        }
    }
}
