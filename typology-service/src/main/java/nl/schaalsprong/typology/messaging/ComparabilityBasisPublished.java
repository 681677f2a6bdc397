package nl.schaalsprong.typology.messaging;

import nl.schaalsprong.typology.domain.basis.ComparabilityBasis;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code nl.schaalsprong.comparability-basis.published.v1}: a basis version became usable and fixed.
 * Schema: {@code schemas/comparability-basis.published.v1.json}; change it only together with that file.
 */
public record ComparabilityBasisPublished(String name, int version, String description, List<Weight> weights,
                                          String publishedBy, OffsetDateTime publishedAt) {

    /** One weighted dimension. */
    public record Weight(String dimension, double weight) {
    }

    public static ComparabilityBasisPublished of(ComparabilityBasis basis) {
        return new ComparabilityBasisPublished(basis.name().value(), basis.version(),
                basis.description().orElse(null),
                basis.weights().stream().map(w -> new Weight(w.dimension().value(), w.weight())).toList(),
                basis.publishedBy().orElseThrow(), basis.publishedAt().orElseThrow());
    }
}
