package nl.schaalsprong.lessons.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rightskilling: a skill the lesson needs and where it must sit. */
@Schema(name = "Skill", description = "A skill the lesson needs and where it must sit")
public record Skill(
        @Schema(example = "keukentafelgesprekken voeren") @NotBlank @Size(max = 200) String name,
        @Schema(example = "BEWONERS") @NotNull SkillHolder holder) {
}
