package nl.schaalsprong.typology.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.schaalsprong.typology.domain.ComparableBuurt;
import nl.schaalsprong.typology.domain.typology.TypeOfBuurt;
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
        @Schema(description = "Dimension where they differ most (the largest contribution); null when alike on all",
                example = "STEDELIJKHEID", nullable = true) String differsMostOn,
        @Schema(description = "Whether this buurt is marked as proeftuin (PROEFTUIN_STATUS = ja)", example = "false")
        boolean proeftuin,
        @Schema(description = "This buurt's type in the current (newest published) typology; null when no typology "
                + "is published or the buurt was not typed in it", nullable = true) TypeResponse type,
        @Schema(description = "Per dimension of the basis, largest difference first. Only with `explain=true` on "
                + "the search (the pairwise explanation always has them): without, the field is absent")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<ContributionResponse> contributions) {

    @Schema(name = "ComparableNeighbourhoodType", description = "A buurt's type in a typology",
            example = "{\"typologyId\": \"5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c\", \"number\": 3, "
                    + "\"label\": \"Type 3: bevolkingsdichtheid veel hoger dan gemiddeld\"}")
    public record TypeResponse(
            @Schema(description = "The typology", example = "5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c")
            java.util.UUID typologyId,
            @Schema(description = "The type's number, 1..k, largest type first", example = "3") int number,
            @Schema(description = "The type's label", example = "Type 3: bevolkingsdichtheid veel hoger dan gemiddeld")
            String label) {

        static TypeResponse from(TypeOfBuurt type) {
            return type == null ? null : new TypeResponse(type.typologyId(), type.number(), type.label());
        }
    }

    static ComparableNeighbourhoodResponse from(ComparableBuurt buurt, TypeOfBuurt type) {
        return new ComparableNeighbourhoodResponse(buurt.code().value(), buurt.naam(), buurt.gemeenteNaam(),
                buurt.similarity(), buurt.comparedDimensions(), buurt.missingWeight(),
                buurt.differsMostOn() == null ? null : buurt.differsMostOn().value(), buurt.proeftuin(),
                TypeResponse.from(type),
                buurt.explained() ? buurt.contributions().stream().map(ContributionResponse::from).toList() : null);
    }
}
