package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Dimension", description = "A catalogue dimension: what it means, its kind, how it is derived and from "
        + "which sources")
public record DimensionResponse(
        @Schema(description = "Stable key, used in bases and attribute paths", example = "STEDELIJKHEID") String key,
        @Schema(description = "Title (the publisher's own for published figures)", example = "Mate van stedelijkheid")
        String title,
        @Schema(description = "Unit; empty for levels", example = "code") String unit,
        @Schema(description = "What it means", example = "Op grond van de omgevingsadressendichtheid ...")
        String description,
        @Schema(description = "How values compare: NUMERIC by robust range, ORDINAL by rank, CATEGORICAL by mismatch",
                example = "ORDINAL", enumeration = {"NUMERIC", "ORDINAL", "CATEGORICAL"}) String kind,
        @Schema(description = "RAW figure, SHARE of two figures, LOG scale, or ASSIGNED per buurt by a steward",
                example = "RAW", enumeration = {"RAW", "SHARE", "LOG", "ASSIGNED"}) String derivation,
        @Schema(description = "The figures (GET /api/v1/figures/{key}) it is derived from; empty when ASSIGNED",
                example = "[\"STEDELIJKHEID\"]") List<String> figures,
        @Schema(description = "Where those figures come from; empty when ASSIGNED") List<SourceResponse> sources,
        @Schema(description = "Allowed levels of an ORDINAL (lowest rank first) or CATEGORICAL dimension",
                example = "[\"1\",\"2\",\"3\",\"4\",\"5\"]") List<String> levels,
        @Schema(description = "Whether stewards set it per buurt (PUT /neighbourhoods/{code}/attributes/{key})",
                example = "false") boolean settable,
        @Schema(description = "Which end of the scale is more of what the title names; pen portraits word "
                + "differences this way. HIGHER_MEANS_LESS for an ordinal figure whose first level is the most (CBS "
                + "stedelijkheid: 1 = zeer sterk stedelijk, 5 = niet stedelijk); HIGHER_MEANS_MORE otherwise, and "
                + "always for categorical dimensions, whose levels have no order", enumeration = {"HIGHER_MEANS_MORE", "HIGHER_MEANS_LESS"},
                example = "HIGHER_MEANS_LESS") String direction) {

    static DimensionResponse from(DimensionDefinition definition) {
        return new DimensionResponse(definition.key().value(), definition.title(), definition.unit(),
                definition.description(), definition.kind().name(), definition.derivation().name(),
                definition.sources().stream().map(DimensionKey::value).toList(),
                definition.provenance().stream().map(SourceResponse::from).toList(),
                definition.levels(), definition.isAssigned(), definition.direction().name());
    }
}
