package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.basis.BasisName;
import nl.schaalsprong.typology.domain.basis.ComparabilityBasis;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "ComparabilityBasis", description = "One version of a comparability basis (vergelijkbaarheidsbasis)")
public record BasisResponse(
        @Schema(description = "Basis name", example = "standaard") String name,
        @Schema(description = "Version, from 1", example = "1") int version,
        @Schema(description = "What the basis is for", example = "De vijf dimensies van het eerste skelet", nullable = true)
        String description,
        @Schema(description = "DRAFT (can be revised) or PUBLISHED (fixed, usable in searches)", example = "PUBLISHED")
        String status,
        @Schema(description = "Whether this name is the default basis (its latest published version is used)",
                example = "true") boolean isDefault,
        @Schema(description = "Weighted dimensions, in the order given") List<BasisRequest.WeightRequest> weights,
        @Schema(description = "The share of the weight a comparison must cover to be offered", example = "0.7")
        double coverageFloor,
        @Schema(description = "When the draft was created", example = "2026-11-28T10:15:30Z") OffsetDateTime createdAt,
        @Schema(description = "Who created it (token subject)", example = "steward@gemeente.nl") String createdBy,
        @Schema(description = "When it was published; absent for a draft", example = "2026-11-28T11:00:00Z", nullable = true)
        OffsetDateTime publishedAt,
        @Schema(description = "Who published it", example = "steward@gemeente.nl", nullable = true) String publishedBy,
        @Schema(description = "For a version learned by verification-service: the intervals and cross-validated "
                + "scores behind its weights; null for a version a steward wrote", nullable = true)
        LearningEvidenceResponse learning) {

    static BasisResponse from(ComparabilityBasis basis, BasisName defaultName) {
        return new BasisResponse(basis.name().value(), basis.version(), basis.description().orElse(null),
                basis.status().name(), basis.name().equals(defaultName),
                basis.weights().stream()
                        .map(w -> new BasisRequest.WeightRequest(w.dimension().value(), w.weight(), w.required(),
                                w.year()))
                        .toList(), basis.coverageFloor(),
                basis.createdAt(), basis.createdBy(), basis.publishedAt().orElse(null),
                basis.publishedBy().orElse(null),
                basis.learning().map(LearningEvidenceResponse::from).orElse(null));
    }
}
