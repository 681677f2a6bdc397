package nl.schaalsprong.typology.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;
import nl.schaalsprong.typology.figure.domain.FigureDimensions;
import nl.schaalsprong.typology.domain.imports.ImportJob;
import nl.schaalsprong.typology.domain.imports.ImportMode;
import nl.schaalsprong.typology.domain.imports.ImportOutcome;
import nl.schaalsprong.typology.domain.imports.ImportSource;
import nl.schaalsprong.typology.domain.imports.ImportedBuurt;
import nl.schaalsprong.typology.figure.domain.Figure;
import nl.schaalsprong.typology.figure.domain.FigureCatalogue;
import nl.schaalsprong.typology.figure.service.FigureStore;
import nl.schaalsprong.typology.mapping.BuurtFileReader;
import nl.schaalsprong.typology.mapping.BuurtFileRow;
import nl.schaalsprong.typology.mapping.ColumnMapping;
import org.jboss.logging.Logger;

import java.io.StringReader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Imports a buurt file as a job: a CBS "Kerncijfers wijken en buurten" file, or any file through a column mapping
 * that may declare new figures. Starting one checks the declarations and the header at once (a wrong file is
 * refused before any job exists, and nothing is stored), records the job RUNNING and returns; the managed executor
 * then reads and checks every row outside any transaction, writing progress as it goes, and stores the declared
 * figures and the accepted rows in one transaction together with the job's end, then rebuilds the comparability
 * snapshot.
 */
@ApplicationScoped
public class CbsKwbImportService {

    private static final Logger LOG = Logger.getLogger(CbsKwbImportService.class);
    /** Rows between two progress writes: each is a small transaction, so not every row. */
    static final int PROGRESS_EVERY = 2_000;

    private final ImportJobTransitions transitions;
    private final JobThreads executor;
    private final Clock clock;
    private final FigureStore figures;

    public CbsKwbImportService(ImportJobTransitions transitions, JobThreads executor, Clock clock,
                               FigureStore figures) {
        this.transitions = transitions;
        this.executor = executor;
        this.clock = clock;
        this.figures = figures;
    }

    /**
     * Jobs a stopped process left RUNNING (its executor stopped with it) would show RUNNING forever; their rows were
     * never committed, so FAILED is the truth. Only jobs whose lease ran out: another replica's running job keeps
     * its renewed lease and is left alone ({@link JobLease}, {@link LeaseKeeper}).
     */
    void onStart(@Observes StartupEvent start) {
        transitions.failInterrupted(OffsetDateTime.now(clock));
    }

    /**
     * Starts an import of a CBS KWB file. The job is committed before the work is handed to the executor, so a
     * client polling its Location never sees a 404.
     *
     * @param year the KWB year the figures describe; CBS files do not state it themselves
     * @throws RuleViolationException when the file is empty, header-only, or lacks the KWB columns
     */
    public ImportJob start(String file, int year, ImportMode mode, String startedBy) {
        FigureCatalogue catalogue = figures.catalogue();
        return start(ImportSource.CBS_KWB, () -> BuurtFileReader.cbsKwb(new StringReader(file), catalogue), List.of(),
                java.util.Set.of(), year, mode, startedBy);
    }

    /**
     * Starts an import of any file through a column mapping, declaring the figures it brings that the catalogue does
     * not know yet; rows are checked and stored as a CBS file's.
     *
     * @throws RuleViolationException when a declaration clashes with the catalogue, a mapped figure is unknown, or
     *                                the file is empty, header-only or lacks a mapped column
     */
    public ImportJob startMapped(String file, ColumnMapping mapping, List<Figure> declared, int year, ImportMode mode,
                                 String startedBy) {
        FigureCatalogue catalogue = figures.catalogue().withDeclared(declared)
                .withDeclared(settable(mapping.attributeKeys()));
        return start(ImportSource.MAPPED, () -> BuurtFileReader.mapped(new StringReader(file), mapping, catalogue),
                declared, mapping.attributeKeys(), year, mode, startedBy);
    }

    /** The steward attributes a mapping sets, as the reader checks them; 422 naming one that is none. */
    private static List<Figure> settable(java.util.Set<DimensionKey> keys) {
        java.util.Map<DimensionKey, DimensionDefinition> attributes = new java.util.HashMap<>();
        StandardDimensions.assigned().forEach(a -> attributes.put(a.key(), a));
        List<Figure> settable = new ArrayList<>();
        for (DimensionKey key : keys) {
            DimensionDefinition attribute = attributes.get(key);
            if (attribute == null) {
                throw new RuleViolationException("'" + key + "' (mapping.attributes) is not a steward attribute; "
                        + "settable: " + StandardDimensions.assigned().stream().map(a -> a.key().value())
                        .collect(java.util.stream.Collectors.joining(", ")) + ". Figures go under mapping.figures");
            }
            settable.add(FigureDimensions.attributeAsFigure(attribute));
        }
        return settable;
    }

    /** Opens the file once now, so a wrong header is a 422 before any job exists, and again in the job. */
    private ImportJob start(ImportSource source, Supplier<BuurtFileReader> open, List<Figure> declared,
                            java.util.Set<DimensionKey> attributes, int year, ImportMode mode, String startedBy) {
        if (open.get().next() == null) {
            throw new RuleViolationException("the file has a header but no rows; nothing to import");
        }
        ImportJob job = ImportJob.start(UUID.randomUUID(), source, year, mode, startedBy, OffsetDateTime.now(clock));
        transitions.started(job);
        executor.start(() -> run(job.id(), open, declared, attributes, year, startedBy));
        return job;
    }

    private void run(UUID id, Supplier<BuurtFileReader> open, List<Figure> declared,
                     java.util.Set<DimensionKey> attributes, int year, String startedBy) {
        try {
            long began = System.nanoTime();
            BuurtFileReader reader = open.get();
            List<ImportedBuurt> accepted = new ArrayList<>();
            List<ImportRejection> rejections = new ArrayList<>();
            int rowsRead = 0;
            for (BuurtFileRow row = reader.next(); row != null; row = reader.next()) {
                rowsRead++;
                if (row instanceof BuurtFileRow.Accepted a) {
                    accepted.add(a.buurt());
                } else if (row instanceof BuurtFileRow.Rejected r) {
                    rejections.add(new ImportRejection(r.line(), r.reason()));
                }
                if (rowsRead % PROGRESS_EVERY == 0) {
                    transitions.progress(id, rowsRead);
                }
            }
            List<DimensionKey> missing = reader.header().missingFigures();
            long read = System.nanoTime();
            ImportOutcome outcome = transitions.finish(id, year, new ImportJobTransitions.Read(accepted, rejections,
                    missing, reader.header().carried(), declared, startedBy, attributes));
            LOG.infof("%d import %s: %d rows read, %d created, %d updated, %d unchanged, %d unplaced, %d rejected"
                    + " (read and checked in %d ms, stored in %d ms)", year, id, outcome.rowsRead(), outcome.created(),
                    outcome.updated(), outcome.unchanged(), outcome.unplaced(), outcome.rejected(),
                    (read - began) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
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
