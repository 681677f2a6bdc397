package nl.schaalsprong.typology.rest;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttributeRequest", description = "A value for one settable dimension of one buurt")
public record AttributeRequest(
        @Schema(description = "A level of the dimension (see GET /api/v1/dimensions/{key}), or a number for a "
                + "numeric one", example = "keukentafelgesprekken") @NotBlank String value) {
}
