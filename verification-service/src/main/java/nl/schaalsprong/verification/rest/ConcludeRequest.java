package nl.schaalsprong.verification.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Schema(name = "ConcludeRequest", description = "What was measured per frozen criterion; a criterion left out (or "
        + "with measuredValue null) was not measured, which makes the outcome INCONCLUSIVE. conditionsPresent is "
        + "required: an empty list says no experiment condition was present, a missing field is a 400", example = """
        {"results":[{"indicator":"aandeel huishoudens bereikt met keukentafelgesprek","measuredValue":71}],
         "adaptations":["gesprekken in het Turks en Arabisch aangeboden"],"conditionsPresent":["EXTRA_FINANCIERING"]}""")
public record ConcludeRequest(
        @NotNull @Size(max = 20) List<@Valid @NotNull Result> results,
        @Schema(description = "How the approach was adapted to the target") @Size(max = 50)
        List<@NotBlank @Size(max = 2000) String> adaptations,
        @Schema(required = true, description = "Experiment conditions present in the target during the verification;"
                + " [] when none was. Required: evidence never reads a missing statement as 'none'", example = "[]")
        @NotNull List<@NotNull ExperimentCondition> conditionsPresent) {

    Map<String, Double> measurements() {
        Map<String, Double> measurements = new HashMap<>();
        for (Result result : results) {
            if (measurements.containsKey(result.indicator().strip())) {
                throw new RuleViolationException("indicator '" + result.indicator() + "' is reported twice");
            }
            measurements.put(result.indicator().strip(), result.measuredValue());
        }
        return measurements;
    }

    List<String> adaptationsOrNone() {
        return adaptations == null ? List.of() : adaptations;
    }

    @Schema(name = "ResultRequest")
    public record Result(
            @Schema(description = "A frozen criterion's indicator") @NotBlank String indicator,
            @Schema(description = "The measured value; null: not measured", nullable = true, example = "71")
            Double measuredValue) {
    }
}
