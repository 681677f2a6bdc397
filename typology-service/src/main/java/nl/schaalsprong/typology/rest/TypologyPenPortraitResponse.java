package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.typology.DimensionProfile;
import nl.schaalsprong.typology.domain.typology.PenPortrait;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PenPortrait", description = "What sets a type apart from the national mean. Means are on the [0,1] "
        + "comparability scale, which spans each dimension's national 2nd-to-98th percentile (stedelijkheid: its "
        + "classes 1..5), so a difference of 0.25 is a quarter of the national spread. Every buurt counts once "
        + "(not weighted by population).")
public record TypologyPenPortraitResponse(
        @Schema(description = "Buurten of this type", example = "2140") int size,
        @Schema(description = "The (up to) three dimensions on which the type differs most, in words",
                example = "[\"veel hoger dan gemiddeld: bevolkingsdichtheid\", \"lager dan gemiddeld: aandeel 65-plussers\", "
                        + "\"rond het gemiddelde: gemiddelde huishoudensgrootte\"]") List<String> distinguishing,
        @Schema(description = "Every dimension, in the basis' order") List<Dimension> dimensions) {

    @Schema(name = "PenPortraitDimension", description = "One dimension of a pen portrait")
    public record Dimension(
            @Schema(description = "Dimension code", example = "LOG_BEVOLKINGSDICHTHEID") String dimension,
            @Schema(description = "How the dimension reads", example = "bevolkingsdichtheid") String label,
            @Schema(description = "The type's mean, 0..1; absent when none of its buurten has the figure",
                    example = "0.81") Double typeMean,
            @Schema(description = "The national mean, 0..1", example = "0.52") Double nationalMean,
            @Schema(description = "typeMean − nationalMean on the dimension's own scale, in robust-range units",
                    example = "0.29") Double difference,
            @Schema(description = "The difference in words, in the dimension's direction (so a type with high CBS "
                    + "stedelijkheid classes, 5 = niet stedelijk, reads lager dan gemiddeld: mate van stedelijkheid): "
                    + "veel hoger (≥ 0.25), hoger (≥ 0.10), rond het gemiddelde, lager (≤ −0.10), veel lager "
                    + "(≤ −0.25) dan gemiddeld; onbekend without figures", example = "veel hoger dan gemiddeld")
            String wording,
            @Schema(description = "Which end of the scale is more of what the label names",
                    enumeration = {"HIGHER_MEANS_MORE", "HIGHER_MEANS_LESS"}, example = "HIGHER_MEANS_MORE")
            String direction) {

        static Dimension from(DimensionProfile p) {
            return new Dimension(p.dimension(), p.label(), p.typeMean(), p.nationalMean(), p.difference(), p.wording(),
                    p.direction().name());
        }
    }

    static TypologyPenPortraitResponse from(PenPortrait portrait) {
        return new TypologyPenPortraitResponse(portrait.size(), portrait.distinguishing(),
                portrait.dimensions().stream().map(Dimension::from).toList());
    }
}
