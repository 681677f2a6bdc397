package nl.schaalsprong.typology.domain.basis;

import java.util.List;
import java.util.Objects;

/**
 * What a search needs of a published basis version: its name, version and weights. A value, detached from the
 * database, so it can be kept in memory: a published version never changes.
 */
public record SearchBasis(BasisName name, int version, List<DimensionWeight> weights, double coverageFloor) {

    public SearchBasis {
        Objects.requireNonNull(name, "name");
        weights = List.copyOf(weights);
        if (version < 1 || weights.isEmpty()) {
            throw new IllegalArgumentException("a search basis needs a version and weights");
        }
    }

    public static SearchBasis of(ComparabilityBasis published) {
        return new SearchBasis(published.name(), published.version(), published.weights(),
                published.coverageFloor());
    }
}
