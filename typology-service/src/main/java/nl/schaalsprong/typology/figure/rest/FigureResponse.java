package nl.schaalsprong.typology.figure.rest;

import nl.schaalsprong.typology.figure.domain.Figure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Figure", description = "A figure of the catalogue: what a per-buurt value means, how it compares "
        + "and aggregates, and where it comes from")
public record FigureResponse(
        @Schema(description = "Key; also the key of the RAW dimension that compares on it",
                example = "AANDEEL_STADSVERWARMING") String key,
        @Schema(description = "Title", example = "Aandeel woningen met stadsverwarming") String title,
        @Schema(description = "Unit", example = "aandeel van de woningen (0..1)") String unit,
        @Schema(description = "What it means") String description,
        @Schema(description = "NUMERIC, ORDINAL or CATEGORICAL", example = "NUMERIC",
                enumeration = {"NUMERIC", "ORDINAL", "CATEGORICAL"}) String kind,
        @Schema(description = "ORDINAL: lowest rank first; CATEGORICAL: the allowed values; NUMERIC: empty",
                example = "[]") List<String> levels,
        @Schema(description = "ORDINAL only: which end of the levels is 'more' of what the title names",
                enumeration = {"FIRST", "LAST"}, nullable = true, example = "FIRST") String moreEnd,
        @Schema(description = "NUMERIC only: whole numbers only", example = "false") boolean whole,
        @Schema(description = "NUMERIC only: smallest allowed value", nullable = true, example = "0") Double minimum,
        @Schema(description = "How a wijk or gemeente value follows from its buurten", example = "WEIGHTED_BY_DWELLINGS",
                enumeration = {"SUM", "WEIGHTED_BY_INHABITANTS", "WEIGHTED_BY_DWELLINGS", "NOT_AGGREGATABLE"})
        String aggregation,
        @Schema(description = "The key stem CBS KWB files carry it under", nullable = true, example = "AantalInwoners")
        String cbsKwbStem,
        @Schema(description = "Publisher", example = "CBS") String publisher,
        @Schema(description = "Table or file", example = "Hoofdverwarmingsinstallaties van woningen per buurt 2021")
        String table,
        @Schema(description = "Licence", example = "CC BY 4.0") String licence,
        @Schema(description = "The attribution line to show with its values", example = "Bron: CBS")
        String attribution,
        @Schema(description = "The source years with values, newest first", example = "[2021]") List<Integer> years) {

    static FigureResponse from(Figure figure, List<Integer> years) {
        return new FigureResponse(figure.key().value(), figure.title(), figure.unit(), figure.description(),
                figure.kind().name(), figure.levels(), figure.moreEnd() == null ? null : figure.moreEnd().name(),
                figure.whole(), figure.minimum(), figure.aggregation().name(), figure.cbsKwbStem(),
                figure.source().publisher(), figure.source().table(), figure.source().licence(),
                figure.source().attribution(), years);
    }
}
