package nl.schaalsprong.lessons.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "BuurtenRequest", description = "The CBS buurt codes a proeftuin covers; replaces the current set")
public record BuurtenRequest(
        @Schema(example = "[\"BU00140000\",\"BU00140001\"]")
        @NotNull @Size(max = 500) List<@NotNull @Pattern(regexp = "BU\\d{4}[0-9A-Z]{4}",
                message = "must be a CBS buurt code: BU, 4 digits, then 4 digits or capitals") String> buurtCodes) {
}
