package nl.schaalsprong.lessons.mapping;

import nl.schaalsprong.lessons.domain.Lesson;
import nl.schaalsprong.lessons.domain.LessonContent;
import nl.schaalsprong.lessons.domain.LessonStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Lesson", description = "A lesson learned in a proeftuin: what its author wrote, its state and its tags",
        example = """
        {"id":"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10","status":"PUBLISHED","version":3,
         "content":{"title":"Keukentafelgesprekken verhogen de deelname","context":"40 van 900 huishoudens kwamen.",
          "module":"participatie/keukentafelgesprekken","lesson":"Gesprekken thuis bereiken wie niet komt.",
          "recommendation":"Plan per straat een ronde gesprekken.","outcome":"SUCCESS",
          "indicators":[{"name":"deelname eigenaren","value":70,"unit":"%","date":"2021-06-01"}],
          "evidenceLinks":["https://www.aardgasvrijewijken.nl/proeftuinen"],
          "proeftuinId":"groningen-paddepoel-en-selwerd","originBuurtCodes":["BU00140000"],
          "themes":["participatie"],"routes":["REPLICATIE"],"claimedLayer":"MENU",
          "rightscaling":{"appliedAt":"BUURT","smallest":"STRAAT","largest":"WIJK"},
          "skills":[{"name":"gesprekken voeren","holder":"BEWONERS"}],"experimentConditions":["EXTRA_FINANCIERING"]},
         "pilot":"Groningen, Paddepoel en Selwerd","tags":["participatie/keukentafelgesprekken"],
         "createdAt":"2026-11-28T10:15:30Z","updatedAt":"2026-11-28T10:16:00Z","barrierIds":[]}""")
public record LessonView(UUID id, LessonStatus status,
                         @Schema(description = "Send it back in If-Match when revising") long version,
                         @Schema(description = "The lesson that replaced this one; null unless SUPERSEDED", nullable = true) UUID successorId,
                         LessonContent content,
                         @Schema(description = "Name of the origin proeftuin") String pilot,
                         List<String> tags, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                         @Schema(description = "The barriers in the register this lesson leans on (GET /api/v1/barriers/{id}):"
                                 + " the one its barrier section signalled and the one of the rule it was exempted from;"
                                 + " empty when none", example = "[\"7c9e6679-7425-40de-944b-e07fc1f90ae7\"]")
                         List<UUID> barrierIds) {

    public static LessonView of(Lesson lesson, String pilot, List<UUID> barrierIds) {
        return new LessonView(lesson.id, lesson.status, lesson.version, lesson.successorId, lesson.content, pilot,
                List.copyOf(lesson.sortedTags()), lesson.createdAt, lesson.updatedAt, List.copyOf(barrierIds));
    }
}
