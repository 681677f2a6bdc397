package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.comparison.Contribution;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contribution", description = "What one dimension did to a similarity; contributions add up to "
        + "1 − similarity, largest (where the buurten differ most) first, missing dimensions last")
public record ContributionResponse(
        @Schema(description = "Dimension key", example = "STEDELIJKHEID") String dimension,
        @Schema(description = "Share of the basis' total weight", example = "0.2") double weight,
        @Schema(description = "Gower distance in [0,1]; absent when missing on either side", example = "0.25")
        Double distance,
        @Schema(description = "How much similarity this dimension took away", example = "0.05") double contribution,
        @Schema(description = "The asked buurt's value (number or level); absent when missing", example = "4")
        Object value,
        @Schema(description = "The other buurt's value", example = "3") Object otherValue) {

    public static ContributionResponse from(Contribution c) {
        return new ContributionResponse(c.dimension().value(), c.weight(), c.distance(), c.contribution(), c.value(),
                c.otherValue());
    }
}
