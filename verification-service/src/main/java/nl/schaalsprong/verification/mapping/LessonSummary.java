package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.LessonContent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a gemeente needs to see of the lesson a verification is about, as the lesson's latest tagging carried it. */
@Schema(name = "LessonSummary", description = "The lesson a verification is about, as its latest tagging carried it")
public record LessonSummary(
        @Schema(description = "The lesson's title; null when its tagging did not carry one", nullable = true,
                example = "Keukentafelgesprekken over isolatie") String title,
        @Schema(description = "What the lesson recommends; null when its tagging did not carry it", nullable = true,
                example = "Begin met de eigenaren die al willen, en laat hen de buren uitnodigen") String recommendation,
        @Schema(description = "The proeftuin it was learned in; null when not carried", nullable = true,
                example = "Aardgasvrije wijk Paddepoel") String pilot) {

    /** Null when nothing is known of the lesson (not recorded here). */
    public static LessonSummary of(LessonContent content) {
        return content == null ? null : new LessonSummary(content.title(), content.recommendation(), content.pilot());
    }
}
