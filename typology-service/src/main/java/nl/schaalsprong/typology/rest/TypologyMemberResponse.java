package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.service.TypologyMember;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TypologyMember", description = "A buurt of a type")
public record TypologyMemberResponse(
        @Schema(description = "CBS buurt code", example = "BU01630408") String code,
        @Schema(description = "Buurt name", example = "'n Oaln Diek") String name,
        @Schema(description = "Gemeente name", example = "Hellendoorn") String gemeenteName,
        @Schema(description = "Type number", example = "3") int type,
        @Schema(description = "Gower distance to the type's centre (medoid), 0..1", example = "0.042") double distance) {

    static TypologyMemberResponse from(TypologyMember member) {
        return new TypologyMemberResponse(member.code(), member.name(), member.gemeenteNaam(), member.typeNumber(),
                member.distance());
    }
}
