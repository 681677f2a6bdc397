package nl.schaalsprong.typology.figure.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.domain.catalogue.Provenance;
import nl.schaalsprong.typology.figure.domain.Aggregation;
import nl.schaalsprong.typology.figure.domain.Figure;
import nl.schaalsprong.typology.figure.domain.MoreEnd;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "FigureDeclaration", description = "A figure to add to the catalogue")
public record FigureRequest(
        @Schema(description = "Key: upper case letters, digits and underscores", required = true,
                example = "AANDEEL_STADSVERWARMING") @NotBlank String key,
        @Schema(description = "Title", required = true, example = "Aandeel woningen met stadsverwarming")
        @NotBlank String title,
        @Schema(description = "Unit", example = "aandeel van de woningen (0..1)") String unit,
        @Schema(description = "What it means", example = "Share of dwellings whose main heating is district heating.")
        String description,
        @Schema(description = "NUMERIC, ORDINAL (ordered levels) or CATEGORICAL (levels)", required = true,
                example = "NUMERIC") @NotNull DimensionKind kind,
        @Schema(description = "ORDINAL: levels lowest rank first; CATEGORICAL: the allowed values; NUMERIC: none",
                example = "[]") List<@NotBlank String> levels,
        @Schema(description = "ORDINAL only: whether the FIRST or LAST level is 'more' of what the title names",
                example = "LAST") MoreEnd moreEnd,
        @Schema(description = "NUMERIC only: only whole numbers", example = "false") Boolean whole,
        @Schema(description = "NUMERIC only: the smallest allowed value", example = "0") Double minimum,
        @Schema(description = "How a wijk or gemeente value follows from its buurten", required = true,
                example = "WEIGHTED_BY_DWELLINGS") @NotNull Aggregation aggregation,
        @Schema(description = "The key stem CBS KWB files carry it under, if any", example = "Woningvoorraad")
        String cbsKwbStem,
        @Schema(description = "Where it comes from", required = true) @NotNull @Valid Source source) {

    @Schema(name = "FigureSource", description = "Publisher, table or file, licence and attribution line")
    public record Source(
            @Schema(description = "Publisher", required = true, example = "CBS") @NotBlank String publisher,
            @Schema(description = "Table or file", required = true,
                    example = "Hoofdverwarmingsinstallaties van woningen, buurten 2021 (via Klimaatmonitor)")
            @NotBlank String table,
            @Schema(description = "Licence", required = true, example = "CC BY 4.0") @NotBlank String licence,
            @Schema(description = "Attribution line to show with its values", required = true, example = "Bron: CBS")
            @NotBlank String attribution) {
    }

    public Figure toFigure() {
        return new Figure(DimensionKey.of(key.strip()), title, unit, description, kind, levels, moreEnd,
                Boolean.TRUE.equals(whole), minimum, aggregation, cbsKwbStem == null || cbsKwbStem.isBlank() ? null
                : cbsKwbStem.strip(), new Provenance(source.publisher(), source.table(), source.licence(),
                source.attribution()));
    }
}
