package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Outcome;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What evidence needs to know about one verification of a lesson.
 *
 * @param typeLabel         the target's typology type, null while typology has not classified it
 * @param proeftuin         whether the target itself has proeftuin status
 * @param outcome           set exactly when the verification is concluded
 * @param conditionsPresent experiment conditions present in the target during the verification
 */
public record VerificationFact(UUID verificationId, String targetBuurtCode, String targetGemeenteCode,
                               String typeLabel, boolean proeftuin, VerificationStage stage, Outcome outcome,
                               Set<ExperimentCondition> conditionsPresent) {

    public VerificationFact {
        Objects.requireNonNull(verificationId, "verificationId");
        Objects.requireNonNull(targetBuurtCode, "targetBuurtCode");
        Objects.requireNonNull(targetGemeenteCode, "targetGemeenteCode");
        Objects.requireNonNull(stage, "stage");
        if ((stage == VerificationStage.CONCLUDED) != (outcome != null)) {
            throw new RuleViolationException("verification " + verificationId
                    + ": an outcome belongs to a concluded verification, and only to one");
        }
        conditionsPresent = conditionsPresent == null ? Set.of() : Set.copyOf(conditionsPresent);
    }

    public boolean confirmed() {
        return outcome == Outcome.CONFIRMED;
    }

    public boolean notConfirmed() {
        return outcome == Outcome.NOT_CONFIRMED;
    }

    /** Confirmed or not: a conclusion that says something either way (inconclusive ones are null results). */
    public boolean decisive() {
        return confirmed() || notConfirmed();
    }

    /** Whether the target enjoyed anything an ordinary buurt does not: proeftuin status or experiment conditions. */
    public boolean underExperimentConditions() {
        return proeftuin || !conditionsPresent.isEmpty();
    }

    /** Proeftuin status or extra funding: the split of the pilot-status effect. */
    public boolean withPilotStatus() {
        return proeftuin || conditionsPresent.contains(ExperimentCondition.EXTRA_FINANCIERING);
    }
}
