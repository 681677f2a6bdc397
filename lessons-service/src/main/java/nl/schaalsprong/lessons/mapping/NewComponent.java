package nl.schaalsprong.lessons.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewComponent", description = "An approach component to add to the vocabulary")
public record NewComponent(
        @Schema(description = "'theme/component' with a known theme", example = "participatie/buurtwarmteavond")
        @NotBlank @Size(max = 127) String code,
        @Schema(example = "Buurtwarmteavond") @NotBlank @Size(max = 200) String label,
        @Schema(example = "Een avond waarop buren elkaars verbouwing bekijken") @Size(max = 2000) String description) {
}
