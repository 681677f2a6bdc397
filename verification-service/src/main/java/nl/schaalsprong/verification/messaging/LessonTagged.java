package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * Our reading of the data of {@code nl.schaalsprong.lesson.tagged.v1}, owned by lessons-service
 * ({@code schemas/lesson.tagged.v1.json}). A tolerant reader: only the fields verification needs, each of them
 * required by the producer's schema (checked by LessonTaggedContractTest); everything else is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LessonTagged(UUID lessonId, List<String> originBuurtCodes) {
}
