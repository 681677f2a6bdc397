package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Our reading of the data of {@code nl.schaalsprong.lesson.tagged.v1}, owned by lessons-service
 * ({@code schemas/lesson.tagged.v1.json}). A tolerant reader: only the fields verification needs; everything else
 * is ignored. {@code lessonId} and {@code originBuurtCodes} are required by the producer (and constrained here:
 * a record without them is a dead letter before it is claimed); the others may be null
 * here (the lesson's content, {@code recommendation} to {@code module}, and {@code barriers} were added to v1 later
 * and are optional there). Enumerations are read as text, so a value added upstream is skipped, not fatal
 * (LessonTaggedContractTest checks both against the producer's schema).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LessonTagged(@NotNull UUID lessonId, @NotEmpty List<@NotNull String> originBuurtCodes,
                           String proeftuinId, String gemeenteCode, List<String> routes, String claimedLayer,
                           Rightscaling rightscaling, List<String> experimentConditions, List<String> tags,
                           OffsetDateTime taggedAt, String title, String pilot, String recommendation, String outcome,
                           List<Indicator> indicators, List<String> themes, String module, List<Barrier> barriers) {

    /** The producer's required fields among those we read. */
    static final List<String> REQUIRED = List.of("lessonId", "originBuurtCodes");

    /** An indicator of the lesson's outcome in the origin (optional, added to v1 in session 5). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String name, java.math.BigDecimal value, String unit, java.time.LocalDate date) {
    }

    /** A barrier in lessons-service's register the lesson leans on (optional, added to v1 in session 13). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Barrier(UUID barrierId, String ruleNamed, String level, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rightscaling(String appliedAt, String smallest, String largest) {
    }
}
