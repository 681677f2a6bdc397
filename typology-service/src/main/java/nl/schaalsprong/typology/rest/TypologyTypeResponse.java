package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.typology.TypologyType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TypologyType", description = "One type with its pen portrait")
public record TypologyTypeResponse(
        @Schema(description = "Type number, 1 = largest type", example = "1") int number,
        @Schema(description = "Short name from its most distinguishing dimensions",
                example = "Type 1: bevolkingsdichtheid veel lager dan gemiddeld, stedelijkheidsklasse (1 = zeer sterk "
                        + "stedelijk, 5 = niet stedelijk) veel hoger dan gemiddeld") String label,
        @Schema(description = "The buurt at the type's centre (its medoid)", example = "BU01630408") String medoidCode,
        @Schema(description = "Buurten of this type", example = "2140") int size,
        @Schema(description = "Per dimension the type's mean against the national mean, and the three most "
                + "distinguishing dimensions in words") TypologyPenPortraitResponse penPortrait) {

    static TypologyTypeResponse from(TypologyType type) {
        return new TypologyTypeResponse(type.number(), type.label(), type.medoidCode(), type.size(),
                TypologyPenPortraitResponse.from(type.portrait()));
    }
}
