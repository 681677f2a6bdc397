package nl.schaalsprong.verification.advice.rest;

import nl.schaalsprong.verification.advice.domain.BarriersInTheWay;
import nl.schaalsprong.verification.domain.LessonBarrier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A barrier standing in the way of a component, from the lessons behind it. */
@Schema(name = "AdviceBarrier", description = "A barrier in lessons-service's register that lessons behind the"
        + " component lean on (their barrier section, or the rule they leaned on an exemption from) and that is not"
        + " resolved: doing the same without a proeftuin's exemption runs into it")
public record BarrierInTheWayView(
        @Schema(description = "The barrier's id in lessons-service (GET /api/v1/barriers/{id} there)",
                example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID barrierId,
        @Schema(description = "The rule standing in the way", example = "Warmtewet art. 2") String ruleNamed,
        @Schema(description = "The level of government that owns the rule", example = "RIJK") LessonBarrier.Level level,
        @Schema(description = "Where it stands on the policy track, as the latest tagged of its lessons carried it",
                example = "GESIGNALEERD") LessonBarrier.Status status,
        @Schema(description = "The lessons behind the component that lean on it",
                example = "[\"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10\"]") List<UUID> lessonIds) {

    static BarrierInTheWayView of(BarriersInTheWay.InTheWay way) {
        LessonBarrier barrier = way.barrier();
        return new BarrierInTheWayView(barrier.barrierId(), barrier.ruleNamed(), barrier.level(), barrier.status(),
                way.lessonIds());
    }
}
