package nl.schaalsprong.typology.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.schaalsprong.platform.domain.ConflictException;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One import of a file, as a job: RUNNING while its rows are read and stored, then SUCCEEDED, REJECTED or FAILED.
 * Every change is an explicit transition that checks the status, so an ended job never changes again, and the
 * progress (rows read so far) never goes back: a client polling it sees a count that only grows.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ImportSource source;
    private int year;
    @Enumerated(EnumType.STRING)
    private ImportMode mode;
    @Enumerated(EnumType.STRING)
    private ImportStatus status;
    @Column(name = "rows_read")
    private int rowsRead;
    @Column(name = "rows_total")
    private Integer rowsTotal;
    private Integer accepted;
    private Integer rejected;
    private Integer created;
    private Integer updated;
    private Integer unchanged;
    private Integer unplaced;
    /** Keys of the CBS KWB figures a CBS file had no column for, comma-separated; left as stored. */
    @Column(name = "missing_figures")
    private String missingFigures;
    private String failure;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    /** The process that runs the job, and until when its lease holds unless renewed (issue 15). */
    private String owner;
    @Column(name = "lease_until")
    private OffsetDateTime leaseUntil;

    protected ImportJob() {
        // for JPA
    }

    /** A new job, RUNNING with nothing read yet. */
    public static ImportJob start(UUID id, ImportSource source, int year, ImportMode mode, String startedBy,
                                  OffsetDateTime now) {
        ImportJob job = new ImportJob();
        job.id = id;
        job.source = source;
        job.year = year;
        job.mode = mode;
        job.startedBy = startedBy;
        job.status = ImportStatus.RUNNING;
        job.rowsRead = 0;
        job.createdAt = now;
        return job;
    }

    /** Leases the job to the process {@code owner} until {@code until}: only that process runs and ends it. */
    public void leaseTo(String owner, OffsetDateTime until) {
        requireRunning("lease");
        this.owner = java.util.Objects.requireNonNull(owner, "owner");
        this.leaseUntil = java.util.Objects.requireNonNull(until, "until");
    }

    /** Refuses a step of a job that another process runs (its lease was taken over after it ran out). */
    public void requireOwner(String process) {
        if (owner != null && !owner.equals(process)) {
            throw new ConflictException("import " + id + " is run by " + owner + ", not by this process");
        }
    }

    public String owner() {
        return owner;
    }

    public OffsetDateTime leaseUntil() {
        return leaseUntil;
    }

    /** Rows read so far. A smaller count than already reported is ignored: progress never goes back. */
    public void reportProgress(int rowsReadSoFar) {
        requireRunning("report progress");
        if (rowsReadSoFar < 0) {
            throw new IllegalArgumentException("rows read is never negative, got " + rowsReadSoFar);
        }
        rowsRead = Math.max(rowsRead, rowsReadSoFar);
    }

    /** Once the whole file is read the total is known; it cannot be less than what was already read. */
    public void readAll(int total, String missingFigureKeys) {
        requireRunning("finish reading");
        if (total < rowsRead) {
            throw new IllegalArgumentException("total " + total + " is less than the " + rowsRead + " rows read");
        }
        rowsRead = total;
        rowsTotal = total;
        missingFigures = missingFigureKeys;
    }

    /**
     * RUNNING → SUCCEEDED, once the accepted rows are stored. In mode ALL_OR_NOTHING a file with rejections must
     * end in {@link #reject} instead; succeeding it would store what the client asked not to store.
     */
    public void succeed(ImportOutcome outcome, OffsetDateTime now) {
        requireRunning("succeed");
        if (mode == ImportMode.ALL_OR_NOTHING && outcome.rejected() > 0) {
            throw new ConflictException("import " + id + " is all-or-nothing and rejected " + outcome.rejected()
                    + " rows; it cannot succeed");
        }
        end(ImportStatus.SUCCEEDED, outcome, now);
    }

    /** RUNNING → REJECTED: all-or-nothing and some rows were rejected, so nothing was stored. */
    public void reject(ImportOutcome outcome, OffsetDateTime now) {
        requireRunning("reject");
        if (mode != ImportMode.ALL_OR_NOTHING || outcome.rejected() == 0) {
            throw new ConflictException("import " + id + " can only be rejected whole in mode all-or-nothing "
                    + "with at least one rejected row");
        }
        if (outcome.created() + outcome.updated() + outcome.unchanged() + outcome.unplaced() != 0) {
            throw new IllegalArgumentException("a rejected import stores nothing");
        }
        end(ImportStatus.REJECTED, outcome, now);
    }

    /** RUNNING → FAILED, keeping why. Nothing of the file is stored. */
    public void fail(String reason, OffsetDateTime now) {
        requireRunning("fail");
        status = ImportStatus.FAILED;
        failure = reason == null || reason.isBlank() ? "unknown failure" : reason;
        finishedAt = now;
    }

    private void end(ImportStatus ended, ImportOutcome outcome, OffsetDateTime now) {
        if (outcome.rowsRead() < rowsRead) {
            throw new IllegalArgumentException("an import cannot end with fewer rows (" + outcome.rowsRead()
                    + ") than it already read (" + rowsRead + ")");
        }
        status = ended;
        rowsRead = outcome.rowsRead();
        rowsTotal = outcome.rowsRead();
        accepted = outcome.accepted();
        rejected = outcome.rejected();
        created = outcome.created();
        updated = outcome.updated();
        unchanged = outcome.unchanged();
        unplaced = outcome.unplaced();
        finishedAt = now;
    }

    private void requireRunning(String action) {
        if (status != ImportStatus.RUNNING) {
            throw new ConflictException("cannot " + action + " import " + id + ": it is " + status
                    + " and an ended import never changes");
        }
    }

    public UUID id() {
        return id;
    }

    public ImportSource source() {
        return source;
    }

    public int year() {
        return year;
    }

    public ImportMode mode() {
        return mode;
    }

    public ImportStatus status() {
        return status;
    }

    public int rowsRead() {
        return rowsRead;
    }

    public Integer rowsTotal() {
        return rowsTotal;
    }

    public Integer accepted() {
        return accepted;
    }

    public Integer rejected() {
        return rejected;
    }

    public Integer created() {
        return created;
    }

    public Integer updated() {
        return updated;
    }

    public Integer unchanged() {
        return unchanged;
    }

    /** Valid rows whose code is not a registered buurt (a file of figures alone cannot register buurten). */
    public Integer unplaced() {
        return unplaced;
    }

    public String missingFigures() {
        return missingFigures;
    }

    public String failure() {
        return failure;
    }

    public String startedBy() {
        return startedBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }
}
