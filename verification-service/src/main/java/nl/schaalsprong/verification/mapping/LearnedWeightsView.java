package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.learning.DimensionImportance;
import nl.schaalsprong.verification.domain.learning.LearnedWeights;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@Schema(name = "LearnedWeights", description = "The latest model learned for a comparability basis from concluded"
        + " verifications: which dimensions predict that a lesson transfers", example = """
        {"basisName":"standaard","learnedAt":"2027-09-01T08:00:00Z","published":true,"outcomes":64,"confirmed":38,
         "lessons":11,
         "dimensions":[{"dimension":"STEDELIJKHEID","importance":1.24,"lower":0.61,"upper":1.93,"clearlyMatters":true,"weight":3.1,"declinedForDimension":2},
                       {"dimension":"AANDEEL_65_PLUS","importance":0.48,"lower":-0.1,"upper":1.02,"clearlyMatters":false,"weight":1.0,"declinedForDimension":0}],
         "brierSimilarity":0.231,"brierBaseRate":0.241,"brierModel":0.187,
         "cvBrierModel":0.204,"cvBrierBaseRate":0.243,"cvBrierBasis":0.236,
         "publicationReasons":["enough outcomes of both kinds, and out of sample better than the base rate and the current basis"],
         "lambda":3.0,"bootstrapSamples":200,"seed":20261128,"nominatedOutcomes":4,"nominationWeight":0.5,"declines":2}""")
public record LearnedWeightsView(
        @Schema(example = "standaard") String basisName,
        OffsetDateTime learnedAt,
        @Schema(description = "Whether the weights were offered to typology-service as a draft: enough outcomes (and"
                + " of the rarer one), and out of sample better than the base rate and the current basis")
        boolean published,
        @Schema(description = "Decisive conclusions learned from") int outcomes,
        int confirmed,
        @Schema(description = "Lessons the outcomes come from: bootstrap and cross-validation resample and split"
                + " whole lessons") int lessons,
        @Schema(description = "Most important first") List<Dimension> dimensions,
        @Schema(description = "Brier score of similarity as the probability of confirmation (lower is better)")
        double brierSimilarity,
        @Schema(description = "Brier score of always predicting the overall confirmation rate") double brierBaseRate,
        @Schema(description = "Brier score of the fitted model, in sample (optimistic; for reference)") double brierModel,
        @Schema(nullable = true, description = "The model's Brier score out of sample (nested cross-validation over"
                + " lessons); null with fewer than 2 lessons") Double cvBrierModel,
        @Schema(nullable = true, description = "The base rate's Brier score on the same held-out lessons")
        Double cvBrierBaseRate,
        @Schema(nullable = true, description = "The current basis' (similarity, calibrated) Brier score on the same"
                + " held-out lessons") Double cvBrierBasis,
        @Schema(description = "Why the weights were (not) published") List<String> publicationReasons,
        @Schema(description = "The L2 penalty cross-validation chose") double lambda, int bootstrapSamples, long seed,
        @Schema(description = "Of the outcomes, those in buurten the gemeente nominated itself (self-selected)",
                example = "4") int nominatedOutcomes,
        @Schema(nullable = true, description = "What each nominated outcome counted for in the fit and its scores,"
                + " against 1 for a suggested one; null when none was learned from", example = "0.5")
        Double nominationWeight,
        @Schema(description = "Declines naming a dimension (\"the buurt differs on it\") learned from, each as one"
                + " non-transfer on that dimension; not outcomes, so they count towards no publication minimum",
                example = "2") int declines) {

    @Schema(name = "LearnedDimension")
    public record Dimension(
            @Schema(example = "STEDELIJKHEID") String dimension,
            @Schema(description = "Drop in log-odds of confirmation per standard deviation of difference") double importance,
            @Schema(description = "2.5th percentile of the importance over bootstrap resamples of whole lessons") double lower,
            @Schema(description = "97.5th bootstrap percentile of the importance") double upper,
            @Schema(description = "Whether the interval lies wholly above zero") boolean clearlyMatters,
            @Schema(description = "Proposed basis weight: 1 unless the interval lies wholly above zero") double weight,
            @Schema(description = "Declines saying the buurt differs on this dimension, learned from as non-transfers",
                    example = "2") int declinedForDimension) {
        static Dimension of(DimensionImportance d, Map<String, Integer> declined) {
            return new Dimension(d.dimension(), d.importance(), d.lower(), d.upper(), d.clearlyMatters(), d.weight(),
                    declined.getOrDefault(d.dimension(), 0));
        }
    }

    public static LearnedWeightsView of(LearnedWeights learned) {
        var model = learned.model();
        return new LearnedWeightsView(learned.basisName(), learned.learnedAt(), learned.published(), model.outcomes(),
                model.confirmed(), model.lessons(), model.dimensions().stream()
                        .map(d -> Dimension.of(d, model.declinedForDimension())).toList(),
                model.brierSimilarity(), model.brierBaseRate(), model.brierModel(), model.cvBrierModel(),
                model.cvBrierBaseRate(), model.cvBrierBasis(), model.publicationReasons(), model.lambda(),
                model.settings().bootstrapSamples(), model.settings().seed(), model.nominated(),
                model.nominated() > 0 ? model.settings().nominationWeight() : null, model.declines());
    }
}
