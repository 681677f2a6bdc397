package nl.schaalsprong.typology.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.Kerncijfer;
import nl.schaalsprong.typology.mapping.ColumnMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

@Schema(name = "MappedImport", description = "A third party's CSV and which of its columns hold what")
public record MappedImportRequest(
        @Schema(description = "Which column holds what", required = true) @NotNull @Valid Mapping mapping,
        @Schema(description = "The CSV text, header first (comma- or semicolon-separated; '', '.' and '-' as missing)",
                required = true, example = ",buurt_code,gm_naam,regio,aantal_inwoners,gemiddelde_huishoudensgrootte\\n"
                + "0,BU03070100,Amersfoort,Hof,710,1.4\\n")
        @NotBlank String csv) {

    @Schema(name = "ColumnMapping", description = "Column names as the file spells them (case and surrounding "
            + "spaces ignored). Figures not named are stored as missing, as for a CBS file without them.")
    public record Mapping(
            @Schema(description = "Column with the CBS buurt code (BU + 8)", required = true, example = "buurt_code")
            @NotBlank String code,
            @Schema(description = "Column with the buurt name", required = true, example = "regio")
            @NotBlank String name,
            @Schema(description = "Column with the gemeente name", required = true, example = "gm_naam")
            @NotBlank String gemeenteName,
            @Schema(description = "Per CBS figure (Kerncijfer name) the source column",
                    example = "{\"AANTAL_INWONERS\": \"aantal_inwoners\", "
                            + "\"GEMIDDELDE_HUISHOUDENSGROOTTE\": \"gemiddelde_huishoudensgrootte\"}")
            Map<String, @NotBlank String> figures) {

        /** Figures are keyed by name here, so an unknown one is a 422 that lists the known ones. */
        ColumnMapping toColumnMapping() {
            Map<Kerncijfer, String> byFigure = new EnumMap<>(Kerncijfer.class);
            if (figures != null) {
                figures.forEach((figure, column) -> byFigure.put(figureOf(figure), column));
            }
            return new ColumnMapping(code, name, gemeenteName, byFigure);
        }

        private static Kerncijfer figureOf(String name) {
            try {
                return Kerncijfer.valueOf(name.trim());
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("'" + name + "' is not a CBS figure of this service; known are "
                        + Arrays.toString(Kerncijfer.values()));
            }
        }
    }
}
