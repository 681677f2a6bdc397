package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.catalogue.AssignedValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Attribute", description = "A value a steward set for a buurt")
public record AttributeResponse(
        @Schema(description = "Dimension key", example = "PARTICIPATIE_AANPAK") String dimension,
        @Schema(description = "The level, or the number", example = "keukentafelgesprekken") Object value,
        @Schema(description = "When it was set", example = "2026-11-28T10:15:30Z") OffsetDateTime setAt,
        @Schema(description = "Who set it (token subject)", example = "steward@gemeente.nl") String setBy) {

    static AttributeResponse from(AssignedValue value) {
        return new AttributeResponse(value.key().value(), value.value().shown(), value.setAt(), value.setBy());
    }
}
