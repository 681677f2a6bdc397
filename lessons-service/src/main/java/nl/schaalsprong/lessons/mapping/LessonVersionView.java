package nl.schaalsprong.lessons.mapping;

import com.fasterxml.jackson.annotation.JsonRawValue;
import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.lessons.domain.LessonVersion;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "LessonVersion", description = "One kept version of a lesson: the change, who made it, when, and the lesson after it")
public record LessonVersionView(
        @Schema(example = "2") long version,
        LessonStatus status,
        @Schema(example = "status:IN_REVIEW") String change,
        @Schema(description = "Token subject of who made the change", example = "j.jansen") String changedBy,
        OffsetDateTime changedAt,
        @Schema(type = SchemaType.OBJECT, description = "The lesson as it read after the change (a Lesson)")
        @JsonRawValue String snapshot) {

    public static LessonVersionView of(LessonVersion kept) {
        return new LessonVersionView(kept.version, kept.status, kept.change, kept.changedBy, kept.changedAt, kept.snapshot);
    }
}
