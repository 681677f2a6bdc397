package nl.schaalsprong.typology.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ComparableNeighbourhoods",
        description = "The buurten most comparable to one buurt, most similar first; equal similarity by code")
public record ComparableNeighbourhoodsResponse(
        @Schema(description = "The buurt compared against", example = "BU01630408") String buurt,
        @Schema(description = "The basis' dimensions, in the basis' order",
                example = "[\"LOG_BEVOLKINGSDICHTHEID\",\"GEMIDDELDE_HUISHOUDENSGROOTTE\","
                        + "\"AANDEEL_HUISHOUDENS_MET_KINDEREN\",\"STEDELIJKHEID\",\"AANDEEL_65_PLUS\"]")
        List<String> dimensions,
        @Schema(description = "The comparability basis name used", example = "standaard") String basis,
        @Schema(description = "Its version", example = "1") int basisVersion,
        @Schema(description = "The share of the basis' weight a comparison must cover to be offered", example = "0.7")
        double coverageFloor,
        @Schema(description = "Dimensions a comparison must not lack", example = "[\"WARMTESTRATEGIE\"]")
        List<String> requiredDimensions,
        @Schema(description = "At most `limit` other buurten, ranked") List<ComparableNeighbourhoodResponse> comparable,
        @Schema(description = "Buurten in scope that were not offered because the comparison would not be honest, "
                + "by reason (null with among=)", nullable = true) LeftOutResponse leftOut,
        @Schema(description = "Where the figures behind the basis' dimensions come from; credit them when showing "
                + "the answer") List<SourceResponse> sources,
        @Schema(description = "The figures the basis compares on one source year rather than each buurt's newest, "
                + "with that year; empty when none is pinned. Explanations name such a figure's column "
                + "`FIGURE__YEAR`", example = "{\"AANDEEL_STADSVERWARMING\": 2021}")
        java.util.Map<String, Integer> pinnedYears) {

    @Schema(name = "LeftOut", description = "Buurten not offered, by reason")
    public record LeftOutResponse(
            @Schema(description = "Sharing less than the coverage floor of the basis' weight", example = "412")
            int belowCoverage,
            @Schema(description = "Lacking a dimension the basis requires", example = "13650") int lackingRequired,
            @Schema(description = "All left out", example = "14062") int total,
            @Schema(description = "The reasons in words",
                    example = "412 buurten share less than 70% of the basis' weight with BU01630408; 13650 lack a "
                            + "required dimension (WARMTESTRATEGIE)") String explanation) {

        static LeftOutResponse from(nl.schaalsprong.typology.domain.comparison.LeftOut leftOut, String buurt,
                                    double floor, List<String> required) {
            String explanation = String.format(java.util.Locale.ROOT, "%d buurten share less than %.0f%% of the "
                    + "basis' weight with %s", leftOut.belowCoverage(), 100 * floor, buurt)
                    + (required.isEmpty() ? "" : "; " + leftOut.lackingRequired() + " lack a required dimension ("
                    + String.join(", ", required) + ")");
            return new LeftOutResponse(leftOut.belowCoverage(), leftOut.lackingRequired(), leftOut.total(),
                    explanation);
        }
    }
}
