package nl.schaalsprong.verification.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schaalsprong.verification.domain.Comparison;
import nl.schaalsprong.verification.domain.Criterion;
import nl.schaalsprong.verification.domain.SuccessCriteria;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "AcceptRequest", description = "The success criteria, registered before anything is measured",
        example = """
        {"criteria":[{"indicator":"aandeel huishoudens bereikt met keukentafelgesprek","comparison":"AT_LEAST",
                      "threshold":60,"unit":"%","measuredOn":"2027-06-30"}]}""")
public record AcceptRequest(@NotEmpty @Size(max = 20) List<@Valid @NotNull CriterionRequest> criteria) {

    SuccessCriteria toCriteria() {
        return new SuccessCriteria(criteria.stream().map(CriterionRequest::toCriterion).toList());
    }

    @Schema(name = "CriterionRequest")
    public record CriterionRequest(
            @Schema(description = "What is measured", example = "aandeel huishoudens bereikt met keukentafelgesprek")
            @NotBlank @Size(max = 200) String indicator,
            @Schema(description = "Met when the measured value is AT_LEAST or AT_MOST the threshold") @NotNull
            Comparison comparison,
            @Schema(example = "60") @NotNull Double threshold,
            @Schema(example = "%") @NotBlank @Size(max = 40) String unit,
            @Schema(description = "When the indicator is to be measured", example = "2027-06-30") @NotNull
            LocalDate measuredOn) {

        Criterion toCriterion() {
            return new Criterion(indicator, comparison, threshold, unit, measuredOn);
        }
    }
}
