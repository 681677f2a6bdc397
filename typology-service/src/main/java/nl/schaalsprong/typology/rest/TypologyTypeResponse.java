package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.typology.TypeNaming;
import nl.schaalsprong.typology.domain.typology.TypologyType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "TypologyType", description = "One type with its pen portrait")
public record TypologyTypeResponse(
        @Schema(description = "Type number, 1 = largest type", example = "1") int number,
        @Schema(description = "Short name from its most distinguishing dimensions, each worded in its own direction; "
                + "no two types of a typology share one (a type that would gets its next most distinct dimension too)",
                example = "Type 1: bevolkingsdichtheid (logaritmisch) veel lager dan gemiddeld, mate van stedelijkheid "
                        + "veel lager dan gemiddeld") String label,
        @Schema(description = "The name and description a steward gave the type; null until one does",
                nullable = true) Naming naming,
        @Schema(description = "The buurt at the type's centre (its medoid)", example = "BU01630408") String medoidCode,
        @Schema(description = "Buurten of this type", example = "2140") int size,
        @Schema(description = "Per dimension the type's mean against the national mean, and the three most "
                + "distinguishing dimensions in words") TypologyPenPortraitResponse penPortrait) {

    @Schema(name = "TypeNaming", description = "What a steward named a type, and who and when (the current revision)")
    public record Naming(
            @Schema(description = "Name, 3 to 80 characters, distinct within the typology",
                    example = "Naoorlogse stadswijken") String name,
            @Schema(description = "Description, at most 2000 characters", nullable = true,
                    example = "Portiekflats uit 1950-1970 rond het centrum, veel huur, weinig kinderen") String description,
            @Schema(description = "The steward who named it", example = "steward-utrecht") String namedBy,
            @Schema(description = "When") OffsetDateTime namedAt,
            @Schema(description = "1 for the first naming, one more per renaming", example = "1") int revision) {

        static Naming from(TypeNaming naming) {
            return naming == null ? null : new Naming(naming.name(), naming.description(), naming.namedBy(),
                    naming.namedAt(), naming.revision());
        }
    }

    static TypologyTypeResponse from(TypologyType type) {
        return new TypologyTypeResponse(type.number(), type.label(), Naming.from(type.naming()), type.medoidCode(),
                type.size(), TypologyPenPortraitResponse.from(type.portrait()));
    }
}
