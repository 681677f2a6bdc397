package nl.schaalsprong.lessons.messaging;

import nl.schaalsprong.lessons.domain.Lesson;
import nl.schaalsprong.lessons.domain.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code nl.schaalsprong.lesson.tagged.v1}: what verification needs to propose where else to try the
 * lesson. Schema: {@code schemas/lesson.tagged.v1.json}; change it only together with that file.
 *
 * @param addedTags the tags this tagging added
 * @param tags      all tags the lesson has after it
 */
public record LessonTagged(UUID lessonId, String title, String pilot, List<String> originBuurtCodes,
                           List<String> addedTags, List<String> tags, OffsetDateTime taggedAt) {

    public static LessonTagged of(Lesson lesson, List<Tag> added, OffsetDateTime taggedAt) {
        return new LessonTagged(lesson.id, lesson.title, lesson.pilot, List.of(lesson.originBuurtCode),
                added.stream().map(Tag::value).toList(), List.copyOf(lesson.sortedTags()), taggedAt);
    }
}
