package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.ComparableBuurt;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ComparableNeighbourhood", description = "A buurt comparable to the asked one, and why")
public record ComparableNeighbourhoodResponse(
        @Schema(description = "CBS buurt code", example = "BU02000101") String code,
        @Schema(description = "Buurt name", example = "Binnenstad") String name,
        @Schema(description = "Gemeente name", example = "Apeldoorn") String gemeenteName,
        @Schema(description = "1 − weighted mean Gower distance over the compared dimensions; 1 = alike on all",
                minimum = "0", maximum = "1", example = "0.9731") double similarity,
        @Schema(description = "How many dimensions of the basis both buurten have values for", example = "5")
        int comparedDimensions,
        @Schema(description = "Share of the basis' weight left out because a value was missing on either side",
                minimum = "0", maximum = "1", example = "0") double missingWeight,
        @Schema(description = "Dimension where they differ most; absent when alike on all",
                example = "STEDELIJKHEID") String differsMostOn,
        @Schema(description = "Per dimension of the basis, largest difference first")
        List<ContributionResponse> contributions) {

    static ComparableNeighbourhoodResponse from(ComparableBuurt buurt) {
        String differsMost = buurt.contributions().stream().filter(c -> !c.missing() && c.contribution() > 0)
                .findFirst().map(c -> c.dimension().value()).orElse(null);
        return new ComparableNeighbourhoodResponse(buurt.code().value(), buurt.naam(), buurt.gemeenteNaam(),
                buurt.similarity(), buurt.comparedDimensions(), buurt.missingWeight(), differsMost,
                buurt.contributions().stream().map(ContributionResponse::from).toList());
    }
}
