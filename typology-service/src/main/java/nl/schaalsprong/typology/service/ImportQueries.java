package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.typology.domain.imports.ImportJob;

import java.util.UUID;

/** Read side of import jobs. */
@ApplicationScoped
public class ImportQueries {

    /** A job with the first page of its rejections, so one GET answers most questions. */
    public record JobView(ImportJob job, Page<ImportRejection> firstRejections, Page<String> firstUnplaced) {
    }

    private final ImportJobStore store;

    public ImportQueries(ImportJobStore store) {
        this.store = store;
    }

    @Transactional
    public JobView job(UUID id, int rejectionsShown) {
        ImportJob job = store.get(id);
        return new JobView(job, store.rejections(id, 0, rejectionsShown), store.unplaced(id, 0, rejectionsShown));
    }

    @Transactional
    public Page<ImportJob> list(int page, int size) {
        return store.list(page, size);
    }

    @Transactional
    public Page<ImportRejection> rejections(UUID id, int page, int size) {
        store.get(id);
        return store.rejections(id, page, size);
    }

    @Transactional
    public Page<String> unplaced(UUID id, int page, int size) {
        store.get(id);
        return store.unplaced(id, page, size);
    }
}
