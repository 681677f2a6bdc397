package nl.schaalsprong.lessons.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RelevantLessons", description = "Published lessons learned in a buurt or in buurten comparable to "
        + "it, the most similar origin first; one page, numbered from 0")
public record RelevantLessons(
        @Schema(example = "BU03630105") String buurt,
        @Schema(description = "How many comparable buurten typology-service was asked for", example = "20")
        int comparableConsidered,
        List<RelevantLesson> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "3") long total) {

    @Schema(name = "RelevantLesson", description = "A lesson and the origin that makes it relevant here")
    public record RelevantLesson(
            @Schema(description = "The lesson's origin buurt most similar to the asked buurt", example = "BU00140000")
            String originBuurtCode,
            @Schema(description = "Its similarity to the asked buurt; 1 for the buurt itself", example = "0.93")
            double similarity,
            SearchHit lesson) {
    }
}
