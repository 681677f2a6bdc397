package nl.schaalsprong.verification.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeclineRequest", example = "{\"reason\":\"De buurt zit al in een warmtenetproject\"}")
public record DeclineRequest(
        @Schema(description = "Why the gemeente declines; kept, since \"why not here\" is a lesson too")
        @NotBlank @Size(max = 2000) String reason) {
}
