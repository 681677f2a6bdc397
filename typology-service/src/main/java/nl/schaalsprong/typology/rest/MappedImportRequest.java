package nl.schaalsprong.typology.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.domain.Figure;
import nl.schaalsprong.typology.figure.rest.FigureRequest;
import nl.schaalsprong.typology.mapping.ColumnMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.Set;

@Schema(name = "MappedImport", description = "Any per-buurt CSV, which of its columns hold what, and the figures it "
        + "brings that the catalogue does not know yet")
public record MappedImportRequest(
        @Schema(description = "Which column holds what", required = true) @NotNull @Valid Mapping mapping,
        @Schema(description = "Figures to add to the catalogue before the file is read (kind, unit, levels, source). "
                + "Declaring a known figure again with the same kind and levels changes nothing; with another kind "
                + "or other levels it is refused (422).")
        @Size(max = 200) List<@NotNull @Valid FigureRequest> figures,
        @Schema(description = "The CSV text, header first (comma- or semicolon-separated, decimal commas with "
                + "semicolons; a byte-order mark is skipped)", required = true,
                example = "BU_CODE,Vraag_perWEQ_Totaal [ giga J per WEQ*yr]\\nBU00140000,38\\n")
        @NotBlank String csv) {

    @Schema(name = "ColumnMapping", description = "Column names as the file spells them (case, surrounding spaces and "
            + "a unit in brackets ignored). Figures not named are left as stored.")
    public record Mapping(
            @Schema(description = "Column with the CBS buurt code (BU + 8)", required = true, example = "buurt_code")
            @NotBlank String code,
            @Schema(description = "Column with the buurt name; with gemeenteName, lets the file register new buurten. "
                    + "Without them only registered buurten get values, and other codes are reported as unplaced.",
                    example = "regio") String name,
            @Schema(description = "Column with the gemeente name (given together with name)", example = "gm_naam")
            String gemeenteName,
            @Schema(description = "Per figure key its column: the column name, or {\"column\": ..., \"percentage\": "
                    + "true} when the column gives percentages (12.5) of a figure held as a fraction (0.125)",
                    example = "{\"AANTAL_INWONERS\": \"aantal_inwoners\", \"AANDEEL_KOOPWONINGEN\": "
                            + "{\"column\": \"koopwoning_percentage\", \"percentage\": true}}")
            Map<String, @NotNull @Valid FigureColumn> figures,
            @Schema(description = "Cell texts that mean 'no value' besides an empty cell; declared, never guessed",
                    example = "[\"-99\", \".\", \"-\"]")
            Set<@NotNull String> missing,
            @Schema(description = "Per steward attribute (a settable dimension: PARTICIPATIE_AANPAK, WARMTESTRATEGIE, "
                    + "PROEFTUIN_STATUS) its column: sets the attribute in bulk for every registered buurt of the file, "
                    + "as PUT .../attributes/{key} would one by one (cells must be the attribute's levels; an empty "
                    + "or missing cell leaves the buurt's value as it is). Same job and report: rejected rows, unplaced "
                    + "codes.", example = "{\"WARMTESTRATEGIE\": \"strategie\"}", nullable = true)
            Map<String, @NotNull @NotBlank String> attributes) {

        /** A mapping of figures alone. */
        public Mapping(String code, String name, String gemeenteName, Map<String, FigureColumn> figures,
                       Set<String> missing) {
            this(code, name, gemeenteName, figures, missing, null);
        }

        ColumnMapping toColumnMapping() {
            List<ColumnMapping.FigureColumn> columns = figures == null ? List.of() : figures.entrySet().stream()
                    .map(e -> new ColumnMapping.FigureColumn(DimensionKey.of(e.getKey().strip()), e.getValue().column(),
                            Boolean.TRUE.equals(e.getValue().percentage())))
                    .toList();
            List<ColumnMapping.FigureColumn> settable = attributes == null ? List.of() : attributes.entrySet().stream()
                    .map(e -> new ColumnMapping.FigureColumn(DimensionKey.of(e.getKey().strip()), e.getValue(), false))
                    .toList();
            return new ColumnMapping(code, blankToNull(name), blankToNull(gemeenteName), columns, missing, settable);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }

    @Schema(name = "FigureColumn", description = "A figure's column, and whether it gives percentages")
    public record FigureColumn(
            @Schema(description = "Column name", required = true, example = "koopwoning_percentage")
            @NotBlank String column,
            @Schema(description = "The column gives percentages of a share held as a fraction", example = "true")
            Boolean percentage) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public FigureColumn {
        }

        /** A plain column name: no conversion. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static FigureColumn named(String column) {
            return new FigureColumn(column, false);
        }
    }

    List<Figure> declared() {
        return figures == null ? List.of() : figures.stream().map(FigureRequest::toFigure).toList();
    }
}
