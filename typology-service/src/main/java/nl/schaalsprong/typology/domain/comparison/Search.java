package nl.schaalsprong.typology.domain.comparison;

import nl.schaalsprong.typology.domain.basis.DimensionWeight;

import java.util.List;
import java.util.Objects;

/**
 * One comparable search.
 *
 * @param weights       the basis' dimensions and weights
 * @param limit         how many buurten at most
 * @param scope         where to look
 * @param excludePilots leave out buurten marked as proeftuin: their success may be pilot bias
 * @param explain       explain each result dimension by dimension (its contributions)
 * @param coverageFloor the share of the weights a comparison must cover to be offered, in [0,1]; 0 offers every
 *                      buurt that shares any weighted dimension
 */
public record Search(List<DimensionWeight> weights, int limit, Scope scope, boolean excludePilots, boolean explain,
                     double coverageFloor) {

    public Search {
        if (!(coverageFloor >= 0) || coverageFloor > 1) {
            throw new IllegalArgumentException("the coverage floor is a share in [0,1], got " + coverageFloor);
        }
        weights = List.copyOf(weights);
        Objects.requireNonNull(scope, "scope");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("a search needs at least one weighted dimension");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
    }

    /** A search whose results are not explained dimension by dimension. */
    public Search(List<DimensionWeight> weights, int limit, Scope scope, boolean excludePilots) {
        this(weights, limit, scope, excludePilots, false);
    }

    /** A search that offers every buurt sharing any weighted dimension (no coverage floor). */
    public Search(List<DimensionWeight> weights, int limit, Scope scope, boolean excludePilots, boolean explain) {
        this(weights, limit, scope, excludePilots, explain, 0);
    }
}
