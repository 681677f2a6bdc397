package nl.schaalsprong.lessons.domain.evidence;

import nl.schaalsprong.lessons.domain.Layer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A lesson's evidence as this service knows it, built from two event streams that may arrive in any order:
 * derivations ({@link DerivedEvidence}, whole states, newest wins) and single concluded verifications (each
 * counted once). The rules of combining them are the two transitions below; storage only keeps the result.
 *
 * @param derivedAt    the newest derivation applied; null while none has arrived
 * @param evidencePath verification-service's path of the evidence; null while no derivation has arrived
 */
public record Evidence(UUID lessonId, EvidenceLevel level, List<String> reasons, Layer supportedLayer,
                       List<String> confirmedInTypes, List<String> notConfirmedInTypes, ChanceRisk chanceRisk,
                       OutcomeCounts counts, String evidencePath, OffsetDateTime derivedAt) {

    public Evidence {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(counts, "counts");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        confirmedInTypes = confirmedInTypes == null ? List.of() : List.copyOf(confirmedInTypes);
        notConfirmedInTypes = notConfirmedInTypes == null ? List.of() : List.copyOf(notConfirmedInTypes);
        chanceRisk = chanceRisk == null ? ChanceRisk.NONE : chanceRisk;
    }

    /** A lesson nothing has been heard about: only its origin speaks for it. */
    public static Evidence none(UUID lessonId) {
        return new Evidence(lessonId, EvidenceLevel.ORIGIN_ONLY, List.of(), null, List.of(), List.of(),
                ChanceRisk.NONE, OutcomeCounts.NONE, null, null);
    }

    /**
     * Applies a derivation if it is newer than the one this state rests on; an older or equal one (a late or
     * repeated event) changes nothing.
     */
    public Evidence apply(DerivedEvidence derived) {
        if (!derived.lessonId().equals(lessonId)) {
            throw new IllegalArgumentException("evidence of " + derived.lessonId() + " applied to " + lessonId);
        }
        if (derivedAt != null && !derived.derivedAt().isAfter(derivedAt)) {
            return this;
        }
        return new Evidence(lessonId, derived.level(), derived.reasons(), derived.supportedLayer(),
                derived.confirmedInTypes(), derived.notConfirmedInTypes(), derived.chanceRisk(), derived.counts(),
                derived.evidencePath(), derived.derivedAt());
    }

    /**
     * Counts a verification concluded at {@code concludedAt} that this lesson has not counted before (the
     * caller guarantees once per verification id). A derivation made at or after the conclusion already
     * includes it, so then the counts stay as they are.
     */
    public Evidence conclude(Outcome outcome, OffsetDateTime concludedAt) {
        if (derivedAt != null && !concludedAt.isAfter(derivedAt)) {
            return this;
        }
        return new Evidence(lessonId, level, reasons, supportedLayer, confirmedInTypes, notConfirmedInTypes,
                chanceRisk, counts.plus(outcome), evidencePath, derivedAt);
    }
}
