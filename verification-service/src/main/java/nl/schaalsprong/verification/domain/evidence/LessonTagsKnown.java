package nl.schaalsprong.verification.domain.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A CDI event: a lesson's approach tags as LessonTagged announced them (all tags after that tagging). Fired by
 * whoever consumes LessonTagged, inside its transaction, so evidence per tag knows which lessons share a tag.
 */
public record LessonTagsKnown(UUID lessonId, List<String> tags, OffsetDateTime taggedAt) {
    public LessonTagsKnown {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(taggedAt, "taggedAt");
        tags = List.copyOf(tags);
    }
}
