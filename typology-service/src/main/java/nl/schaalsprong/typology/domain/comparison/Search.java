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
 */
public record Search(List<DimensionWeight> weights, int limit, Scope scope, boolean excludePilots, boolean explain) {

    public Search {
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
}
