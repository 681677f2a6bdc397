package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.catalogue.CbsVariable;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Dimension", description = "A catalogue dimension: what it means, its kind and how it is derived")
public record DimensionResponse(
        @Schema(description = "Stable key, used in bases and attribute paths", example = "STEDELIJKHEID") String key,
        @Schema(description = "Title (CBS's own for CBS figures)", example = "Mate van stedelijkheid") String title,
        @Schema(description = "Unit (CBS's own for CBS figures); empty for levels", example = "code") String unit,
        @Schema(description = "What it means", example = "Op grond van de omgevingsadressendichtheid ...")
        String description,
        @Schema(description = "How values compare: NUMERIC by robust range, ORDINAL by rank, CATEGORICAL by mismatch",
                example = "ORDINAL") String kind,
        @Schema(description = "RAW CBS value, SHARE of two figures, LOG scale, or ASSIGNED per buurt by a steward",
                example = "RAW") String derivation,
        @Schema(description = "The CBS variables it is derived from; empty when ASSIGNED")
        List<SourceVariable> sourceVariables,
        @Schema(description = "Allowed levels of an ORDINAL (lowest rank first) or CATEGORICAL dimension",
                example = "[\"1\",\"2\",\"3\",\"4\",\"5\"]") List<String> levels,
        @Schema(description = "Whether stewards set it per buurt (PUT /neighbourhoods/{code}/attributes/{key})",
                example = "false") boolean settable,
        @Schema(description = "Which end of the scale is more of what the title names; pen portraits word "
                + "differences this way. HIGHER_MEANS_LESS for CBS stedelijkheid (1 = zeer sterk stedelijk, "
                + "5 = niet stedelijk); HIGHER_MEANS_MORE for every other dimension, and for categorical ones, whose "
                + "levels have no order", enumeration = {"HIGHER_MEANS_MORE", "HIGHER_MEANS_LESS"},
                example = "HIGHER_MEANS_LESS") String direction) {

    @Schema(name = "SourceVariable", description = "A CBS variable of table 85984NED (Bron: CBS, CC BY 4.0)")
    public record SourceVariable(
            @Schema(description = "CBS key stem, without the numeric suffix CBS renumbers",
                    example = "MateVanStedelijkheid") String key,
            @Schema(description = "CBS title", example = "Mate van stedelijkheid") String title,
            @Schema(description = "CBS unit", example = "code") String unit) {
    }

    static DimensionResponse from(DimensionDefinition definition, DimensionCatalogue catalogue) {
        List<SourceVariable> sources = definition.sources().stream().map(figure -> {
            CbsVariable cbs = catalogue.cbsVariable(figure.cbsStem()).orElse(null);
            return new SourceVariable(figure.cbsStem(), cbs == null ? null : cbs.title(), cbs == null ? null : cbs.unit());
        }).toList();
        return new DimensionResponse(definition.key().value(), definition.title(), definition.unit(),
                definition.description(), definition.kind().name(), definition.derivation().name(), sources,
                definition.levels(), definition.isAssigned(), definition.direction().name());
    }
}
