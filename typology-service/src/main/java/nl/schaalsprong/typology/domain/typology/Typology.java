package nl.schaalsprong.typology.domain.typology;

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
 * One typology: a versioned classification of the buurten into types, made by a run and frozen by publishing.
 * Every change goes through an explicit transition that checks the status, so a published typology cannot be
 * altered through this class (and a database trigger refuses it from anywhere else).
 */
@Entity
@Table(name = "typology")
public class Typology {

    @Id
    private UUID id;
    private int version;
    private String basis;
    @Column(name = "requested_k")
    private Integer requestedK;
    private Integer k;
    private long seed;
    @Enumerated(EnumType.STRING)
    private TypologyStatus status;
    private int progress;
    private Double silhouette;
    private Integer buurten;
    private String failure;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    /** The process that computes the run, and until when its lease holds unless renewed (issue 15). */
    private String owner;
    @Column(name = "lease_until")
    private OffsetDateTime leaseUntil;

    protected Typology() {
        // for JPA
    }

    /** A new run, RUNNING at 0 %. */
    public static Typology start(UUID id, int version, TypologyParameters parameters, OffsetDateTime now) {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, got " + version);
        }
        Typology typology = new Typology();
        typology.id = id;
        typology.version = version;
        typology.basis = parameters.basis();
        typology.requestedK = parameters.k();
        typology.seed = parameters.seed();
        typology.status = TypologyStatus.RUNNING;
        typology.progress = 0;
        typology.createdAt = now;
        return typology;
    }

    /** Leases the run to the process {@code owner} until {@code until}: only that process computes and ends it. */
    public void leaseTo(String owner, OffsetDateTime until) {
        requireStatus(TypologyStatus.RUNNING, "lease");
        this.owner = java.util.Objects.requireNonNull(owner, "owner");
        this.leaseUntil = java.util.Objects.requireNonNull(until, "until");
    }

    /**
     * Refuses a step (progress, storing the outcome, failing) of a run leased to another process: only the run's
     * owner computes and ends it (issue 15). A run from before leases (no owner) is anyone's, as an import is.
     */
    public void requireOwner(String process) {
        java.util.Objects.requireNonNull(process, "process");
        if (owner != null && !owner.equals(process)) {
            throw new ConflictException("typology run " + id + " is run by " + owner + ", not by this process");
        }
    }

    public String owner() {
        return owner;
    }

    public OffsetDateTime leaseUntil() {
        return leaseUntil;
    }

    /** Progress only moves forward, and only while running. */
    public void reportProgress(int percent) {
        requireStatus(TypologyStatus.RUNNING, "report progress");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("progress is a percentage, got " + percent);
        }
        progress = Math.max(progress, percent);
    }

    /** RUNNING → DRAFT, once the types and assignments are stored. */
    public void complete(int typeCount, double silhouetteEstimate, int typedBuurten, OffsetDateTime now) {
        requireStatus(TypologyStatus.RUNNING, "complete");
        if (typeCount < KRange.LOWEST || typedBuurten < typeCount || !(silhouetteEstimate >= -1 && silhouetteEstimate <= 1)) {
            throw new IllegalArgumentException("implausible outcome: k=" + typeCount + ", silhouette="
                    + silhouetteEstimate + ", buurten=" + typedBuurten);
        }
        status = TypologyStatus.DRAFT;
        k = typeCount;
        silhouette = silhouetteEstimate;
        buurten = typedBuurten;
        progress = 100;
        finishedAt = now;
    }

    /** RUNNING → FAILED, keeping why. */
    public void fail(String reason, OffsetDateTime now) {
        requireStatus(TypologyStatus.RUNNING, "fail");
        status = TypologyStatus.FAILED;
        failure = reason == null || reason.isBlank() ? "unknown failure" : reason;
        finishedAt = now;
    }

    /** DRAFT → PUBLISHED. Publishing twice, or publishing a run that did not finish, is a conflict. */
    public void publish(OffsetDateTime now) {
        requireStatus(TypologyStatus.DRAFT, "publish");
        status = TypologyStatus.PUBLISHED;
        publishedAt = now;
    }

    private void requireStatus(TypologyStatus required, String action) {
        if (status == TypologyStatus.PUBLISHED) {
            throw new ConflictException("typology " + id + " is published and therefore immutable; cannot " + action);
        }
        if (status != required) {
            throw new ConflictException("cannot " + action + " typology " + id + ": it is " + status
                    + ", not " + required);
        }
    }

    public UUID id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String basis() {
        return basis;
    }

    public Integer requestedK() {
        return requestedK;
    }

    public Integer k() {
        return k;
    }

    public long seed() {
        return seed;
    }

    public TypologyStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public Double silhouette() {
        return silhouette;
    }

    public Integer buurten() {
        return buurten;
    }

    public String failure() {
        return failure;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }
}
