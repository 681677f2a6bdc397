package nl.schaalsprong.lessons.mapping;

import jakarta.validation.constraints.NotNull;
import nl.schaalsprong.lessons.domain.LessonStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "TransitionRequest", description = "Move a lesson through its lifecycle",
        example = "{\"to\":\"SUPERSEDED\",\"successorId\":\"5d0c7f1a-3b2e-4f6a-9c8d-1e2f3a4b5c6d\"}")
public record TransitionRequest(
        @Schema(description = "The state to move to") @NotNull LessonStatus to,
        @Schema(description = "Only for SUPERSEDED: the published lesson that replaces this one") UUID successorId) {
}
