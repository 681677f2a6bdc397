package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Outcome;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One verification of a lesson with what it says to the evidence rules ({@link #finding()}, where the fields are
 * described): what a lesson's evidence answer links to. The rules themselves read findings, counted.
 */
public record VerificationFact(UUID verificationId, String targetBuurtCode, String targetGemeenteCode,
                               String typeLabel, Boolean proeftuin, VerificationStage stage, Outcome outcome,
                               Set<ExperimentCondition> conditionsPresent, boolean nominated) {

    /** A suggested (not self-selected) verification. */
    public VerificationFact(UUID verificationId, String targetBuurtCode, String targetGemeenteCode, String typeLabel,
                            Boolean proeftuin, VerificationStage stage, Outcome outcome,
                            Set<ExperimentCondition> conditionsPresent) {
        this(verificationId, targetBuurtCode, targetGemeenteCode, typeLabel, proeftuin, stage, outcome,
                conditionsPresent, false);
    }

    public VerificationFact(UUID verificationId, Finding finding) {
        this(verificationId, finding.targetBuurtCode(), finding.targetGemeenteCode(), finding.typeLabel(),
                finding.proeftuin(), finding.stage(), finding.outcome(), finding.conditionsPresent(),
                finding.nominated());
    }

    public VerificationFact {
        Objects.requireNonNull(verificationId, "verificationId");
        // The finding's rules hold for the verification: checked, and its conditions kept as the finding keeps them.
        conditionsPresent = new Finding(targetBuurtCode, targetGemeenteCode, typeLabel, proeftuin, stage, outcome,
                conditionsPresent, nominated).conditionsPresent();
    }

    /** What this verification says, without which verification it was. */
    public Finding finding() {
        return new Finding(targetBuurtCode, targetGemeenteCode, typeLabel, proeftuin, stage, outcome,
                conditionsPresent, nominated);
    }
}
