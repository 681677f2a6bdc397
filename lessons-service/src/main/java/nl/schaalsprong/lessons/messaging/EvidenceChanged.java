package nl.schaalsprong.lessons.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import nl.schaalsprong.lessons.domain.evidence.ChanceRisk;
import nl.schaalsprong.lessons.domain.evidence.DerivedEvidence;
import nl.schaalsprong.lessons.domain.evidence.EvidenceLevel;
import nl.schaalsprong.lessons.domain.Layer;
import nl.schaalsprong.lessons.domain.evidence.OutcomeCounts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Our reading of {@code nl.schaalsprong.lesson.evidence-changed.v1} (verification-service's
 * {@code schemas/lesson.evidence-changed.v1.json}): the whole derived evidence of one lesson. A tolerant reader;
 * EvidenceEventsContractTest checks every field we read is required by the producer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvidenceChanged(@NotNull UUID lessonId, @NotNull String level, List<String> reasons,
                              String supportedLayer, List<String> confirmedInTypes, List<String> notConfirmedInTypes,
                              Chance chanceRisk, @NotNull Counts counts, OffsetDateTime derivedAt, String evidenceUrl) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Chance(boolean flagged, List<String> reasons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(int suggested, int accepted, int declined, int confirmed, int notConfirmed, int inconclusive) {
    }

    /** @throws IllegalArgumentException or a domain exception when the data does not make sense */
    public DerivedEvidence toDomain() {
        return new DerivedEvidence(lessonId, EvidenceLevel.valueOf(level), reasons,
                supportedLayer == null ? null : Layer.valueOf(supportedLayer), confirmedInTypes, notConfirmedInTypes,
                chanceRisk == null ? null : new ChanceRisk(chanceRisk.flagged(), chanceRisk.reasons()),
                new OutcomeCounts(counts.suggested(), counts.accepted(), counts.declined(), counts.confirmed(),
                        counts.notConfirmed(), counts.inconclusive()),
                evidenceUrl, derivedAt);
    }
}
