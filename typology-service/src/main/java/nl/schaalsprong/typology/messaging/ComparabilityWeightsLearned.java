package nl.schaalsprong.typology.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Our reading of the data of {@code nl.schaalsprong.comparability-weights.learned.v1}, owned by
 * verification-service ({@code schemas/comparability-weights.learned.v1.json}). A tolerant reader: only what a
 * draft basis needs, each field required by the producer's schema (ComparabilityWeightsLearnedContractTest).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComparabilityWeightsLearned(String basisName, OffsetDateTime learnedAt, int outcomes,
                                          double brierSimilarity, double brierBaseRate, List<Weight> weights) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Weight(String dimension, double weight) {
    }
}
