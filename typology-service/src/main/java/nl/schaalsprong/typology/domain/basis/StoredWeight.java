package nl.schaalsprong.typology.domain.basis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A {@link DimensionWeight} as a row of {@code comparability_basis_weight}. */
@Embeddable
public class StoredWeight {

    @Column(name = "dimension_key", nullable = false)
    String dimensionKey;

    @Column(nullable = false)
    double weight;

    @Column(nullable = false)
    boolean required;

    /** The pinned source year, or null for each buurt's newest value. */
    @Column(name = "year")
    Integer year;

    protected StoredWeight() {
        // for JPA
    }

    StoredWeight(DimensionWeight weight) {
        this.dimensionKey = weight.dimension().value();
        this.weight = weight.weight();
        this.required = weight.required();
        this.year = weight.year();
    }
}
