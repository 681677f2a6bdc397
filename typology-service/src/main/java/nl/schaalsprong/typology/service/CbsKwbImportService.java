package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.typology.domain.CbsBuurt;
import nl.schaalsprong.typology.mapping.CbsKwbReader;
import nl.schaalsprong.typology.mapping.CbsKwbRow;
import org.jboss.logging.Logger;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a CBS "Kerncijfers wijken en buurten" buurt file: reads and checks every row first (outside any
 * transaction), stores all accepted rows in one transaction, then rebuilds the comparability snapshot from
 * what was committed. Synchronous for now; large or scheduled imports will become jobs later.
 */
@ApplicationScoped
public class CbsKwbImportService {

    private static final Logger LOG = Logger.getLogger(CbsKwbImportService.class);

    private final NeighbourhoodStore store;
    private final ComparabilityIndex index;

    public CbsKwbImportService(NeighbourhoodStore store, ComparabilityIndex index) {
        this.store = store;
        this.index = index;
    }

    /**
     * @param file the file as CBS publishes it
     * @param year the KWB year the figures describe; CBS files do not state it themselves
     */
    public ImportReport importFile(Reader file, int year) {
        CbsKwbReader reader = CbsKwbReader.open(file);
        List<CbsBuurt> accepted = new ArrayList<>();
        List<ImportReport.Rejection> rejections = new ArrayList<>();
        int rowsRead = 0;
        for (CbsKwbRow row = reader.next(); row != null; row = reader.next()) {
            rowsRead++;
            if (row instanceof CbsKwbRow.Accepted a) {
                accepted.add(a.buurt());
            } else if (row instanceof CbsKwbRow.Rejected r) {
                rejections.add(new ImportReport.Rejection(r.line(), r.reason()));
            }
        }
        UpsertCounts counts = accepted.isEmpty() ? UpsertCounts.NONE : store.upsert(accepted, year);
        if (counts.created() + counts.updated() > 0) {
            index.reload();
        }
        ImportReport report = new ImportReport(year, rowsRead, accepted.size(), counts.created(), counts.updated(),
                counts.unchanged(), List.copyOf(rejections), reader.header().missingFigures());
        LOG.infof("CBS KWB %d import: %d rows read, %d created, %d updated, %d unchanged, %d rejected", year,
                rowsRead, report.created(), report.updated(), report.unchanged(), report.rejected());
        return report;
    }
}
