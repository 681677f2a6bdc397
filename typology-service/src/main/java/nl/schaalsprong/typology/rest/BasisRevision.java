package nl.schaalsprong.typology.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ComparabilityBasisRevision", description = "New content for a draft version")
public record BasisRevision(
        @Schema(description = "What the basis is for", example = "Voor lessen over warmtenetten") @Size(max = 2000)
        String description,
        @Schema(description = "The dimensions that count and their weights (> 0); replaces the draft's")
        @NotEmpty List<BasisRequest.@Valid @NotNull WeightRequest> weights,
        @Schema(description = "The share of the weight a comparison must cover; absent keeps the draft's",
                example = "0.7") Double coverageFloor) {

    List<DimensionWeight> domainWeights() {
        return weights.stream().map(w -> new DimensionWeight(DimensionKey.of(w.dimension()), w.weight(),
                Boolean.TRUE.equals(w.required()))).toList();
    }
}
