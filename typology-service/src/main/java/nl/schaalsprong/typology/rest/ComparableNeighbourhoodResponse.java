package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.ComparableBuurt;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComparableNeighbourhood", description = "A buurt comparable to the asked one")
public record ComparableNeighbourhoodResponse(
        @Schema(description = "CBS buurt code", example = "BU02000101") String code,
        @Schema(description = "Buurt name", example = "Binnenstad") String name,
        @Schema(description = "Gemeente name", example = "Apeldoorn") String gemeenteName,
        @Schema(description = "1 − weighted mean scaled difference over the compared dimensions; 1 = alike on all",
                minimum = "0", maximum = "1", example = "0.9731") double similarity,
        @Schema(description = "How many dimensions both buurten have figures for", example = "5")
        int comparedDimensions) {

    static ComparableNeighbourhoodResponse from(ComparableBuurt buurt) {
        return new ComparableNeighbourhoodResponse(buurt.code().value(), buurt.naam(), buurt.gemeenteNaam(),
                buurt.similarity(), buurt.comparedDimensions());
    }
}
