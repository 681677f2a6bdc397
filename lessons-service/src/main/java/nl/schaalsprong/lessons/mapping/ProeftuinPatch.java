package nl.schaalsprong.lessons.mapping;

import jakarta.validation.constraints.Pattern;
import nl.schaalsprong.lessons.domain.ExperimentCondition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProeftuinPatch", description = "What a steward may set on a proeftuin; absent fields stay as they are",
        example = "{\"gemeenteCode\":\"GM0014\",\"experimentConditions\":[\"EXTRA_FINANCIERING\",\"PIONIERS\"]}")
public record ProeftuinPatch(
        @Pattern(regexp = "GM\\d{4}", message = "must be a CBS gemeente code: GM and 4 digits") String gemeenteCode,
        List<ExperimentCondition> experimentConditions) {
}
