package nl.schaalsprong.lessons.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "LessonSearchHit", description = "A lesson found by search, with a snippet of where the text matched")
public record SearchHit(
        UUID id,
        String title,
        @Schema(example = "PUBLISHED") String status,
        @Schema(description = "Where the search text matched, with <mark> around matched words; the start of the "
                + "lesson when no text was searched",
                example = "Na <mark>keukentafelgesprekken</mark> stemde 70% van de eigenaren in met de <mark>warmtepomp</mark>")
        String snippet,
        @Schema(example = "[\"participatie\"]") List<String> themes,
        @Schema(example = "[\"REPLICATIE\"]") List<String> routes,
        @Schema(description = "The layer the lesson claims; null when it claims none", example = "MENU", nullable = true)
        String claimedLayer,
        @Schema(example = "[\"participatie/keukentafelgesprekken\"]") List<String> tags,
        ProeftuinRef proeftuin,
        @Schema(description = "CBS code of the proeftuin's gemeente; null when unknown", example = "GM0014", nullable = true)
        String gemeente,
        @Schema(example = "[\"BU00140000\"]") List<String> originBuurtCodes,
        @Schema(description = "From verifications elsewhere; ORIGIN_ONLY until evidence arrives", example = "INDICATIVE")
        String evidenceLevel,
        OffsetDateTime updatedAt,
        @Schema(description = "Null while never published", nullable = true) OffsetDateTime publishedAt) {

    @Schema(name = "ProeftuinRef", description = "The proeftuin a lesson was learned in")
    public record ProeftuinRef(@Schema(example = "groningen-paddepoel-en-selwerd") String id,
                               @Schema(example = "Groningen, Paddepoel en Selwerd") String name) {
    }
}
