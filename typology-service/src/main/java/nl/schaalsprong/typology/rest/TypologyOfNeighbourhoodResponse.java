package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.service.TypologyQueries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "NeighbourhoodType", description = "A buurt's type in the current (newest published) typology")
public record TypologyOfNeighbourhoodResponse(
        @Schema(description = "CBS buurt code", example = "BU01630408") String code,
        @Schema(description = "The current typology", example = "5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c") UUID typologyId,
        @Schema(description = "Its version", example = "3") int typologyVersion,
        @Schema(description = "Gower distance to the type's centre (medoid), 0..1", example = "0.042") double distance,
        @Schema(description = "The type with its pen portrait") TypologyTypeResponse type) {

    static TypologyOfNeighbourhoodResponse from(TypologyQueries.BuurtType buurt) {
        return new TypologyOfNeighbourhoodResponse(buurt.member().code(), buurt.typology().id(),
                buurt.typology().version(), buurt.member().distance(), TypologyTypeResponse.from(buurt.type()));
    }
}
