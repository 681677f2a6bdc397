package nl.schaalsprong.lessons.mapping;

import jakarta.validation.constraints.NotNull;
import nl.schaalsprong.lessons.domain.BarrierStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BarrierStatusRequest", description = "The next status of a barrier", example = "{\"status\":\"GEAGENDEERD\"}")
public record BarrierStatusRequest(@NotNull BarrierStatus status) {
}
