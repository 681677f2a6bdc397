package nl.schaalsprong.lessons.mapping;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TagRequest", description = "Approach components ('theme/component') or free tags to add")
public record TagRequest(
        @Schema(example = "[\"participatie/keukentafelgesprekken\", \"financiering/gebiedsfonds\"]")
        @NotEmpty @Size(max = 50) List<String> tags) {
}
