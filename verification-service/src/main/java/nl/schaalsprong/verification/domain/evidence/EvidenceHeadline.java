package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.Layer;

import java.util.Objects;

/**
 * What a tag's evidence shows of each of its lessons: the level, layer, chance flag and rate, without the reasons. A
 * hot tag has tens of thousands of lessons, and their reasons would outweigh everything else its answer holds.
 *
 * @param supportedLayer null while the conclusions are too few to say
 */
public record EvidenceHeadline(EvidenceLevel level, Layer supportedLayer, boolean chanceRiskFlagged,
                               ConfirmationRate confirmationRate) {

    public EvidenceHeadline {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(confirmationRate, "confirmationRate");
    }

    public static EvidenceHeadline of(Evidence evidence) {
        return new EvidenceHeadline(evidence.level(), evidence.supportedLayer(), evidence.chanceRisk().flagged(),
                evidence.confirmationRate());
    }
}
