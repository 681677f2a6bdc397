package nl.schaalsprong.platform.deadletter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "DeadLetter", description = "A record a consumer of this service gave up on, as it was consumed")
public record DeadLetterView(
        @Schema(example = "3f0c2a4e-8b1d-4c6e-9a7f-1e2d3c4b5a69") UUID id,
        @Schema(description = "The topic the record came from, and goes back to when replayed",
                example = "schaalsprong.lessons") String topic,
        @Schema(description = "The record's key (the aggregate id); null when it had none", nullable = true,
                example = "0b9a3c1e-7d2f-4e8a-b6c5-4f3e2d1c0b9a") String key,
        @Schema(description = "The record's value as it was consumed (a CloudEvent in JSON, or what came instead)",
                example = "{\"specversion\":\"1.0\",\"id\":\"…\",\"type\":\"nl.schaalsprong.lesson.tagged.v1\"}")
        String payload,
        @Schema(description = "Why the consumer gave up on it", nullable = true,
                example = "data of 6c1f… lacks lessonId or originBuurtCodes") String reason,
        @Schema(example = "2026-12-06T05:20:00Z") OffsetDateTime deadLetteredAt,
        @Schema(description = "When a steward replayed it; null while it has not been", nullable = true,
                example = "2026-12-06T09:00:00Z") OffsetDateTime replayedAt,
        @Schema(description = "The token subject that replayed it", nullable = true, example = "klp-beheer")
        String replayedBy) {

    static DeadLetterView of(DeadLetter letter) {
        return new DeadLetterView(letter.id(), letter.topic(), letter.key(), letter.payload(), letter.reason(),
                letter.deadLetteredAt(), letter.replayedAt(), letter.replayedBy());
    }
}
