package nl.schaalsprong.typology.domain.basis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

/** A {@link LearnedImportance} as a row of {@code comparability_basis_learned_importance}. */
@Embeddable
public class StoredImportance {

    @Column(name = "dimension_key", nullable = false)
    String dimensionKey;
    @Column(nullable = false)
    double importance;
    @Column(name = "lower_bound", nullable = false)
    double lower;
    @Column(name = "upper_bound", nullable = false)
    double upper;

    protected StoredImportance() {
        // for JPA
    }

    StoredImportance(LearnedImportance importance) {
        this.dimensionKey = importance.dimension().value();
        this.importance = importance.importance();
        this.lower = importance.lower();
        this.upper = importance.upper();
    }

    LearnedImportance toImportance() {
        return new LearnedImportance(DimensionKey.of(dimensionKey), importance, lower, upper);
    }
}
