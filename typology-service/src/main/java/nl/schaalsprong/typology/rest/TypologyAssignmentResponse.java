package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.service.TypologyAssignment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TypologyAssignment", description = "A buurt's type in a typology")
public record TypologyAssignmentResponse(
        @Schema(description = "CBS buurt code", example = "BU01630408") String buurtCode,
        @Schema(description = "Buurt name; null if the buurt has since left the register", nullable = true,
                example = "'n Oaln Diek") String buurtName,
        @Schema(description = "CBS gemeente code", example = "GM0163") String gemeenteCode,
        @Schema(description = "Gemeente name; null if the buurt has since left the register", nullable = true,
                example = "Hellendoorn") String gemeenteName,
        @Schema(description = "Type number, 1 the largest", example = "3") int typeNumber,
        @Schema(description = "The type's label as the run wrote it", example = "Type 3: landelijk, veel ouderen")
        String typeLabel,
        @Schema(description = "The name stewards gave the type last; null while unnamed", nullable = true,
                example = "Dorpse kernen met vergrijzing") String typeName,
        @Schema(description = "Gower distance to the type's centre (medoid), 0..1", example = "0.042") double distance) {

    static TypologyAssignmentResponse from(TypologyAssignment a) {
        return new TypologyAssignmentResponse(a.buurtCode(), a.buurtName(), a.gemeenteCode(), a.gemeenteName(),
                a.typeNumber(), a.typeLabel(), a.typeName(), a.distance());
    }

    /** The JSON answer, named for the document (the paging of {@code Page}, with these items). */
    @Schema(name = "TypologyAssignmentPage", description = "One page of buurten with their type, by buurt code,"
            + " numbered from 0")
    public record PageOf(
            @Schema(description = "The buurten on this page") List<TypologyAssignmentResponse> items,
            @Schema(description = "This page's number, from 0", example = "0") int page,
            @Schema(description = "Maximum items per page", example = "200") int size,
            @Schema(description = "Buurten in the whole typology", example = "13817") long total) {
    }
}
