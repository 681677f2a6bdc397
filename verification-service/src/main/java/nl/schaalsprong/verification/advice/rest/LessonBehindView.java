package nl.schaalsprong.verification.advice.rest;

import nl.schaalsprong.verification.advice.service.AdviceQueries;
import nl.schaalsprong.verification.domain.LessonContent;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;
import nl.schaalsprong.verification.messaging.EvidenceEvents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A lesson behind a component, as LessonTagged last described it. */
@Schema(name = "AdviceLesson", description = "A lesson behind the component (fields null when its LessonTagged"
        + " predates them)")
public record LessonBehindView(
        UUID lessonId,
        @Schema(nullable = true, example = "Keukentafelgesprekken verhogen de deelname") String title,
        @Schema(nullable = true, example = "Plan per straat een ronde keukentafelgesprekken vóór het aanbod.")
        String recommendation,
        @Schema(description = "The outcome where it was learned", nullable = true) LessonContent.LessonOutcome outcome,
        @Schema(description = "The proeftuin it was learned in") ProeftuinView proeftuin,
        @Schema(description = "The scaling routes it speaks to") List<Route> routes,
        @Schema(description = "Where it was applied and the smallest and largest scale it is expected to work at",
                nullable = true) RightscalingView rightscaling,
        @Schema(description = "Theme codes", example = "[\"participatie\"]") List<String> themes,
        @Schema(description = "The lesson's own evidence level; null before its first derivation", nullable = true)
        EvidenceLevel level,
        @Schema(description = "The lesson's own evidence", example = "/api/v1/evidence/lessons/0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10")
        String evidenceHref) {

    @Schema(name = "AdviceProeftuin", description = "A proeftuin of lessons-service's register")
    public record ProeftuinView(
            @Schema(nullable = true, example = "groningen-paddepoel-en-selwerd") String id,
            @Schema(nullable = true, example = "Groningen, Paddepoel en Selwerd") String name) {
    }

    @Schema(name = "AdviceRightscaling", description = "Scales: GEBOUW, STRAAT, BUURT, WIJK, GEMEENTE, REGIO, NATIONAAL")
    public record RightscalingView(@Schema(nullable = true, example = "BUURT") String appliedAt,
                                   @Schema(nullable = true, example = "STRAAT") String smallest,
                                   @Schema(nullable = true, example = "WIJK") String largest) {
    }

    static LessonBehindView of(AdviceQueries.LessonRow row) {
        return new LessonBehindView(row.lessonId(), row.title(), row.recommendation(),
                row.outcome() == null ? null : LessonContent.LessonOutcome.valueOf(row.outcome()),
                new ProeftuinView(row.proeftuinId(), row.pilot()),
                row.routes().stream().map(Route::valueOf).sorted().toList(),
                row.rightscaling() == null ? null : new RightscalingView(row.rightscaling().get("appliedAt"),
                        row.rightscaling().get("smallest"), row.rightscaling().get("largest")),
                row.themes(), row.level() == null ? null : EvidenceLevel.valueOf(row.level()),
                EvidenceEvents.evidenceUrl(row.lessonId()));
    }
}
