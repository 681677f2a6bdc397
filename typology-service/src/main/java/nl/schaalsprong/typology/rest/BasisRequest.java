package nl.schaalsprong.typology.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schaalsprong.typology.domain.basis.ComparabilityBasis;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ComparabilityBasisRequest", description = "A new draft version of a comparability basis")
public record BasisRequest(
        @Schema(description = "Basis name: lower case letters, digits, hyphens; a known name gets its next version",
                example = "warmte-en-wonen") @NotBlank String name,
        @Schema(description = "What the basis is for", example = "Voor lessen over warmtenetten in stedelijke buurten")
        @Size(max = 2000) String description,
        @Schema(description = "The dimensions that count and their weights (> 0); order is kept")
        @NotEmpty List<@Valid @NotNull WeightRequest> weights,
        @Schema(description = "The share of the weight a comparison must cover to be offered, above 0 and at most 1; "
                + "default 0.7", example = "0.7") Double coverageFloor) {

    @Schema(name = "DimensionWeight", description = "How much one catalogue dimension counts")
    public record WeightRequest(
            @Schema(description = "Catalogue dimension key", example = "STEDELIJKHEID") @NotBlank String dimension,
            @Schema(description = "Weight, above 0 and at most 100", example = "2") @NotNull Double weight,
            @Schema(description = "A comparison lacking this dimension is not offered; a buurt lacking it gets 422",
                    example = "false") Boolean required,
            @Schema(description = "Compare this figure on the values of this source year only (pinned) instead of "
                    + "each buurt's newest; only a figure (not a derived dimension) can be pinned, and the year must "
                    + "have stored values (see GET /api/v1/figures/{key}, `years`). Absent or null: the newest",
                    example = "2021", nullable = true) Integer year) {

        public WeightRequest(String dimension, Double weight) {
            this(dimension, weight, false, null);
        }
    }

    double floor() {
        return coverageFloor == null ? ComparabilityBasis.DEFAULT_COVERAGE_FLOOR : coverageFloor;
    }

    List<DimensionWeight> domainWeights() {
        return weights.stream().map(w -> new DimensionWeight(DimensionKey.of(w.dimension()), w.weight(),
                Boolean.TRUE.equals(w.required()), w.year())).toList();
    }
}
