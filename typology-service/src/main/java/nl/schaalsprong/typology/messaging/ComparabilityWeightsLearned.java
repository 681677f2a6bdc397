package nl.schaalsprong.typology.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Our reading of the data of {@code nl.schaalsprong.comparability-weights.learned.v1}, owned by
 * verification-service ({@code schemas/comparability-weights.learned.v1.json}). A tolerant reader: only what a
 * draft basis needs, each field required by the producer's schema (ComparabilityWeightsLearnedContractTest).
 * Its constraints are what a draft cannot do without (checked before the event is claimed). The fields issue 11
 * added (lessons, the cross-validated scores, each weight's importance and interval) are boxed: a record written
 * before them still becomes a draft, with those left unknown.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComparabilityWeightsLearned(@NotNull String basisName, OffsetDateTime learnedAt, int outcomes,
                                          double brierSimilarity, double brierBaseRate,
                                          @NotEmpty List<@NotNull Weight> weights,
                                          Integer lessons, Double cvBrierModel, Double cvBrierBaseRate,
                                          Double cvBrierBasis) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Weight(String dimension, double weight, Double importance, Double lower, Double upper) {

        /** Whether the learner said what it found about this dimension (the interval with its importance). */
        boolean hasInterval() {
            return importance != null && lower != null && upper != null;
        }
    }
}
