package nl.schaalsprong.lessons.mapping;

import nl.schaalsprong.lessons.domain.Lesson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Lesson", description = "A lesson learned in a proeftuin", example = """
        {"id":"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10","title":"Keukentafelgesprekken verhogen de deelname",
         "text":"Na huis-aan-huisgesprekken aan de keukentafel stemde 70% van de eigenaren in.",
         "pilot":"Groningen, Paddepoel en Selwerd","originBuurtCode":"BU00140000",
         "tags":["participatie/keukentafelgesprekken"],"createdAt":"2026-11-28T10:15:30Z",
         "updatedAt":"2026-11-28T10:16:00Z","version":1}""")
public record LessonView(UUID id, String title, String text, String pilot, String originBuurtCode, List<String> tags,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public static LessonView of(Lesson lesson) {
        return new LessonView(lesson.id, lesson.title, lesson.text, lesson.pilot, lesson.originBuurtCode,
                List.copyOf(lesson.sortedTags()), lesson.createdAt, lesson.updatedAt, lesson.version);
    }
}
