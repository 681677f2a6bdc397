package nl.schaalsprong.verification.domain.learning;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A model learned for one comparability basis, as stored.
 *
 * @param published whether enough outcomes existed to offer its weights to typology-service
 */
public record LearnedWeights(String basisName, OffsetDateTime learnedAt, boolean published, LearnedModel model) {

    /** Dimension → proposed weight: what decides whether a newer model says anything new. */
    public Map<String, Double> weights() {
        return model.dimensions().stream()
                .collect(Collectors.toMap(DimensionImportance::dimension, DimensionImportance::weight));
    }
}
