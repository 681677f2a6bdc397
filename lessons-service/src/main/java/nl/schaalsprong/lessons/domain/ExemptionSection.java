package nl.schaalsprong.lessons.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rule a lesson leaning on a VRIJSTELLING was exempted from, and the level of government that owns it: what
 * would stand in the way of doing the same without the exemption (a barrier for the INSTITUTIONALISERING route).
 */
@Schema(name = "ExemptionSection", description = "The rule the proeftuin was exempted from (experiment condition"
        + " VRIJSTELLING) and the level of government that owns it")
public record ExemptionSection(
        @Schema(description = "The law or rule named, as it is cited", example = "Warmtewet art. 2")
        @NotBlank @Size(max = 500) String rule,
        @Schema(example = "RIJK") @NotNull GovernmentLevel level) {
}
