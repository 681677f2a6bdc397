package nl.schaalsprong.lessons.domain.evidence;

import nl.schaalsprong.lessons.domain.Layer;
import nl.schaalsprong.platform.domain.RuleViolationException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What verification-service derived about one lesson at one moment: the whole state, so the newest derivation
 * replaces everything before it.
 *
 * @param evidencePath where verification-service serves the lesson's evidence and records (a path)
 */
public record DerivedEvidence(UUID lessonId, EvidenceLevel level, List<String> reasons, Layer supportedLayer,
                              List<String> confirmedInTypes, List<String> notConfirmedInTypes, ChanceRisk chanceRisk,
                              OutcomeCounts counts, String evidencePath, OffsetDateTime derivedAt) {

    public DerivedEvidence {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(derivedAt, "derivedAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        confirmedInTypes = confirmedInTypes == null ? List.of() : List.copyOf(confirmedInTypes);
        notConfirmedInTypes = notConfirmedInTypes == null ? List.of() : List.copyOf(notConfirmedInTypes);
        chanceRisk = chanceRisk == null ? ChanceRisk.NONE : chanceRisk;
        if (evidencePath == null || evidencePath.isBlank()) {
            throw new RuleViolationException("derived evidence of lesson " + lessonId + " lacks its evidence path");
        }
    }
}
