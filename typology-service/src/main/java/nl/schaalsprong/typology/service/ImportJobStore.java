package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.typology.domain.imports.ImportJob;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tables {@code import_job} (JPA) and {@code import_rejection} (JDBC batches). Callers bring the transaction. */
@ApplicationScoped
public class ImportJobStore {

    private final EntityManager entityManager;

    public ImportJobStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(ImportJob job) {
        entityManager.persist(job);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ImportJob get(UUID id) {
        return Optional.ofNullable(entityManager.find(ImportJob.class, id))
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    /** Locked until the transaction ends: progress and the end of a job never overwrite each other. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportJob getForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    /** Newest first; the id breaks ties so pages are stable. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page<ImportJob> list(int page, int size) {
        List<ImportJob> items = entityManager.createQuery(
                        "select j from ImportJob j order by j.createdAt desc, j.id", ImportJob.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = entityManager.createQuery("select count(j) from ImportJob j", Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Jobs still RUNNING whose lease ran out before {@code now} (or that never had one: started before V54). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ImportJob> leaseRunOut(OffsetDateTime now) {
        return entityManager.createQuery("select j from ImportJob j where j.status = "
                        + "nl.schaalsprong.typology.domain.imports.ImportStatus.RUNNING"
                        + " and (j.leaseUntil is null or j.leaseUntil < :now)", ImportJob.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void addRejections(UUID jobId, List<ImportRejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into import_rejection (job_id, line, reason) values (?, ?, ?)")) {
                int pending = 0;
                for (ImportRejection rejection : rejections) {
                    insert.setObject(1, jobId);
                    insert.setLong(2, rejection.line());
                    insert.setString(3, rejection.reason());
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /** A job's rejected rows in file order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page<ImportRejection> rejections(UUID jobId, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select line, reason from import_rejection "
                        + "where job_id = :id order by line")
                .setParameter("id", jobId).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) entityManager.createNativeQuery(
                        "select count(*) from import_rejection where job_id = :id")
                .setParameter("id", jobId).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(r -> new ImportRejection(((Number) r[0]).longValue(), (String) r[1]))
                .toList(), page, size, total);
    }

    /** Keeps the codes a job could not place, so that a steward can page through them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addUnplaced(UUID jobId, List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into import_unplaced (job_id, code) select ?, unnest(?::varchar[]) on conflict do nothing")) {
                insert.setObject(1, jobId);
                insert.setArray(2, connection.createArrayOf("varchar", codes.toArray()));
                insert.executeUpdate();
            }
        });
    }

    /** A job's unplaced codes in code order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page<String> unplaced(UUID jobId, int page, int size) {
        @SuppressWarnings("unchecked")
        List<String> rows = entityManager.createNativeQuery("select code from import_unplaced "
                        + "where job_id = :id order by code")
                .setParameter("id", jobId).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) entityManager.createNativeQuery(
                        "select count(*) from import_unplaced where job_id = :id")
                .setParameter("id", jobId).getSingleResult()).longValue();
        return new Page<>(rows, page, size, total);
    }
}
