package nl.schaalsprong.verification.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** CloudEvents as lessons-service writes them (structured JSON mode, data per lesson.tagged.v1.json). */
public final class LessonEvents {

    private LessonEvents() {
    }

    public static String lessonTagged(String eventId, UUID lessonId, List<String> originBuurtCodes) {
        return lessonTagged(eventId, lessonId, originBuurtCodes, "");
    }

    /** @param optional more members of the data, e.g. {@code ,"routes":["REPLICATIE"]} */
    public static String lessonTagged(String eventId, UUID lessonId, List<String> originBuurtCodes, String optional) {
        return lessonTagged(eventId, lessonId, originBuurtCodes, List.of("participatie/keukentafelgesprekken"),
                optional);
    }

    /** @param tags the lesson's approach tags (components) */
    public static String lessonTagged(String eventId, UUID lessonId, List<String> originBuurtCodes, List<String> tags,
                                      String optional) {
        return lessonTagged(eventId, lessonId, originBuurtCodes, tags, "2026-11-28T10:15:30Z", optional);
    }

    /** @param taggedAt when lessons-service tagged the lesson (ISO-8601) */
    public static String lessonTagged(String eventId, UUID lessonId, List<String> originBuurtCodes, List<String> tags,
                                      String taggedAt, String optional) {
        String origins = quoted(originBuurtCodes);
        return envelope(eventId, "nl.schaalsprong.lesson.tagged.v1", lessonId, """
                {"lessonId":"%s","title":"Keukentafelgesprekken verhogen de deelname",
                 "pilot":"Groningen, Paddepoel en Selwerd","originBuurtCodes":[%s],
                 "addedTags":[%s],"tags":[%s],
                 "taggedAt":"%s"%s}""".formatted(lessonId, origins, quoted(tags), quoted(tags), taggedAt,
                optional));
    }

    private static String quoted(List<String> values) {
        return values.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
    }

    static String envelope(String eventId, String type, UUID subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","type":"%s","source":"/schaalsprong/lessons-service",
                 "time":"%s","subject":"%s","datacontenttype":"application/json",
                 "dataschema":"https://schaalsprong.nl/schemas/lesson.tagged.v1.json","data":%s}"""
                .formatted(eventId, type, OffsetDateTime.now(), subject, data);
    }
}
