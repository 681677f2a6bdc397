package nl.schaalsprong.typology.domain.basis;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a vergelijkbaarheidsbasis: which dimensions count, and how much, when buurten are compared.
 * Its rules live here: weights are known dimensions, each once, each positive; only a DRAFT can be revised, and
 * the one transition is DRAFT → PUBLISHED.
 */
@Entity
@Table(name = "comparability_basis")
public class ComparabilityBasis {

    /**
     * A comparison over less than 70% of a basis' weight is not offered by default: a buurt that merely lacks the
     * figures must not outrank one that shares them (issue 10 found a similarity of 0.99996 over 40% of the weight).
     */
    public static final double DEFAULT_COVERAGE_FLOOR = 0.7;

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private int version;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BasisStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "comparability_basis_weight", joinColumns = @JoinColumn(name = "basis_id"))
    @OrderColumn(name = "position")
    private List<StoredWeight> weights = new ArrayList<>();
    /** The share of the basis' weight a comparison must cover to be offered. */
    @Column(name = "coverage_floor", nullable = false)
    private double coverageFloor = DEFAULT_COVERAGE_FLOOR;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    /** Set only on a draft learned by verification-service (issue 11): why it proposes its weights. */
    @Column(name = "learned_outcomes")
    private Integer learnedOutcomes;
    @Column(name = "learned_lessons")
    private Integer learnedLessons;
    @Column(name = "cv_brier_model")
    private Double cvBrierModel;
    @Column(name = "cv_brier_base_rate")
    private Double cvBrierBaseRate;
    @Column(name = "cv_brier_basis")
    private Double cvBrierBasis;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "comparability_basis_learned_importance", joinColumns = @JoinColumn(name = "basis_id"))
    @OrderColumn(name = "position")
    private List<StoredImportance> learnedImportances = new ArrayList<>();
    /** Two stewards revising one draft at once: the later save fails instead of silently winning. */
    @Version
    private long revision;

    protected ComparabilityBasis() {
        // for JPA
    }

    public static ComparabilityBasis draft(BasisName name, int version, String description,
                                           List<DimensionWeight> weights, DimensionCatalogue catalogue,
                                           String by, OffsetDateTime now) {
        return draft(name, version, description, weights, DEFAULT_COVERAGE_FLOOR, catalogue, by, now);
    }

    public static ComparabilityBasis draft(BasisName name, int version, String description,
                                           List<DimensionWeight> weights, double coverageFloor,
                                           DimensionCatalogue catalogue, String by, OffsetDateTime now) {
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1, got " + version);
        }
        ComparabilityBasis basis = new ComparabilityBasis();
        basis.id = UUID.randomUUID();
        basis.name = name.value();
        basis.version = version;
        basis.status = BasisStatus.DRAFT;
        basis.createdAt = now;
        basis.createdBy = by;
        basis.setContent(description, weights, coverageFloor, catalogue);
        return basis;
    }

    /** Replaces description and weights of a draft; a published version is fixed (409). */
    public void revise(String description, List<DimensionWeight> weights, DimensionCatalogue catalogue) {
        revise(description, weights, coverageFloor, catalogue);
    }

    /** Replaces description, weights and coverage floor of a draft; a published version is fixed (409). */
    public void revise(String description, List<DimensionWeight> weights, double coverageFloor,
                       DimensionCatalogue catalogue) {
        if (status != BasisStatus.DRAFT) {
            throw new ConflictException("comparability basis " + name + " version " + version + " is " + status
                    + " and can no longer change; create a new version instead");
        }
        setContent(description, weights, coverageFloor, catalogue);
    }

    /**
     * Records what the learner found, on a draft it proposed. A steward's later revision keeps it: it describes the
     * data the weights were learned from, which the steward's judgement does not change.
     */
    public void learnedFrom(LearningEvidence learning) {
        if (status != BasisStatus.DRAFT) {
            throw new ConflictException("comparability basis " + name + " version " + version + " is " + status
                    + "; learning evidence belongs to a draft");
        }
        learnedOutcomes = learning.outcomes();
        learnedLessons = learning.lessons();
        cvBrierModel = learning.cvBrierModel();
        cvBrierBaseRate = learning.cvBrierBaseRate();
        cvBrierBasis = learning.cvBrierBasis();
        learnedImportances.clear();
        learning.importances().forEach(i -> learnedImportances.add(new StoredImportance(i)));
    }

    /** What the learner found, for a version verification-service proposed; empty for one a steward wrote. */
    public Optional<LearningEvidence> learning() {
        if (learnedOutcomes == null) {
            return Optional.empty();
        }
        return Optional.of(new LearningEvidence(learnedOutcomes, learnedLessons, cvBrierModel, cvBrierBaseRate,
                cvBrierBasis, learnedImportances.stream().map(StoredImportance::toImportance).toList()));
    }

    public void publish(String by, OffsetDateTime now) {
        if (!status.canMoveTo(BasisStatus.PUBLISHED)) {
            throw new ConflictException("comparability basis " + name + " version " + version + " is already "
                    + status);
        }
        status = BasisStatus.PUBLISHED;
        publishedAt = now;
        publishedBy = by;
    }

    private void setContent(String description, List<DimensionWeight> newWeights, double floor,
                            DimensionCatalogue catalogue) {
        if (!(floor > 0) || floor > 1) {
            throw new RuleViolationException("the coverage floor is a share of the basis' weight above 0 and at most "
                    + "1, got " + floor);
        }
        if (newWeights == null || newWeights.isEmpty()) {
            throw new RuleViolationException("a comparability basis needs at least one weighted dimension");
        }
        Set<DimensionKey> seen = new HashSet<>();
        for (DimensionWeight weight : newWeights) {
            if (!catalogue.contains(weight.dimension())) {
                throw new RuleViolationException("dimension '" + weight.dimension() + "' is not in the catalogue; "
                        + "see GET /api/v1/dimensions");
            }
            if (weight.year() != null
                    && catalogue.require(weight.dimension()).derivation() != nl.schaalsprong.typology.domain.catalogue.Derivation.RAW) {
                throw new RuleViolationException("dimension " + weight.dimension() + " is derived; only a figure "
                        + "can be pinned to a source year (pin the figures it is derived from instead)");
            }
            if (weight.year() != null) {
                PinnedYear.column(weight.dimension(), weight.year()); // refuses a key too long to pin
            }
            if (!seen.add(weight.dimension())) {
                throw new RuleViolationException("dimension " + weight.dimension() + " is weighted twice");
            }
        }
        this.coverageFloor = floor;
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.weights.clear();
        newWeights.forEach(w -> this.weights.add(new StoredWeight(w)));
    }

    public UUID id() {
        return id;
    }

    public BasisName name() {
        return BasisName.of(name);
    }

    public int version() {
        return version;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public BasisStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == BasisStatus.PUBLISHED;
    }

    /** In the order they were given; that order is how responses list the dimensions. */
    public List<DimensionWeight> weights() {
        return weights.stream().map(w -> new DimensionWeight(DimensionKey.of(w.dimensionKey), w.weight, w.required,
                        w.year))
                .toList();
    }

    /** The figures this version compares on one source year rather than the newest. */
    public List<PinnedYear> pinnedYears() {
        return weights().stream().filter(w -> w.year() != null)
                .map(w -> new PinnedYear(w.dimension(), w.year())).toList();
    }

    /** The share of the weight a comparison must cover to be offered. */
    public double coverageFloor() {
        return coverageFloor;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<OffsetDateTime> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<String> publishedBy() {
        return Optional.ofNullable(publishedBy);
    }
}
