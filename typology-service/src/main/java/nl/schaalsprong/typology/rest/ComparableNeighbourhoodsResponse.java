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
        @Schema(description = "At most `limit` other buurten, ranked") List<ComparableNeighbourhoodResponse> comparable) {
}
