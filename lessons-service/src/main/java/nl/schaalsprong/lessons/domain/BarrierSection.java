package nl.schaalsprong.lessons.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an INSTITUTIONALISERING lesson says stands in the way, at which level of government, by which rule. */
@Schema(name = "BarrierSection", description = "An institutional barrier the lesson ran into")
public record BarrierSection(
        @Schema(example = "Een warmtenet mag niet verplicht worden voor bestaande woningen")
        @NotBlank @Size(max = 2000) String description,
        @Schema(example = "RIJK") @NotNull GovernmentLevel level,
        @Schema(example = "Warmtewet art. 2") @NotBlank @Size(max = 500) String rule) {
}
