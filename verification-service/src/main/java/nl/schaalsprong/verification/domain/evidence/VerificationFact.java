package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Outcome;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What evidence needs to know about one verification of a lesson. Proeftuin status and the conditions present are
 * three-valued: unknown (null) is neither yes nor no, and never counts in a lesson's favour.
 *
 * @param typeLabel         the target's typology type, null while typology has not classified it
 * @param proeftuin         whether the target itself has proeftuin status; null when typology did not say
 * @param outcome           set exactly when the verification is concluded
 * @param conditionsPresent experiment conditions present in the target during the verification (empty: none);
 *                          null when not stated (before the conclusion)
 * @param nominated         the gemeente chose the buurt itself rather than it being suggested for its
 *                          comparability: a self-selected site (pilot bias), see the SELF_SELECTED chance rule
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

    public VerificationFact {
        Objects.requireNonNull(verificationId, "verificationId");
        Objects.requireNonNull(targetBuurtCode, "targetBuurtCode");
        Objects.requireNonNull(targetGemeenteCode, "targetGemeenteCode");
        Objects.requireNonNull(stage, "stage");
        if ((stage == VerificationStage.CONCLUDED) != (outcome != null)) {
            throw new RuleViolationException("verification " + verificationId
                    + ": an outcome belongs to a concluded verification, and only to one");
        }
        conditionsPresent = conditionsPresent == null ? null : Set.copyOf(conditionsPresent);
    }

    public boolean confirmed() {
        return outcome == Outcome.CONFIRMED;
    }

    public boolean notConfirmed() {
        return outcome == Outcome.NOT_CONFIRMED;
    }

    public boolean inconclusive() {
        return outcome == Outcome.INCONCLUSIVE;
    }

    /** Confirmed or not: a conclusion that says something either way (inconclusive ones are null results). */
    public boolean decisive() {
        return confirmed() || notConfirmed();
    }

    /** Known to have had what an ordinary buurt lacks: proeftuin status or an experiment condition. */
    public boolean knownUnderConditions() {
        return Boolean.TRUE.equals(proeftuin) || conditionsPresent != null && !conditionsPresent.isEmpty();
    }

    /** Known to have had neither proeftuin status nor any experiment condition: an ordinary buurt. */
    public boolean knownWithoutConditions() {
        return Boolean.FALSE.equals(proeftuin) && conditionsPresent != null && conditionsPresent.isEmpty();
    }
}
