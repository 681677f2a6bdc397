package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Outcome;

import java.util.Objects;
import java.util.Set;

/**
 * What one verification says to the evidence rules, without which verification it was: where (the place and its
 * gemeente), in what kind of place (type, proeftuin status), how far it got and with what outcome, under which
 * conditions, and whether the gemeente chose the place itself. No rule reads a verification's id, so verifications
 * that say the same are one finding, counted ({@link VerificationTally}). Proeftuin status and the conditions present
 * are three-valued: unknown (null) is neither yes nor no, and never counts in a lesson's favour.
 *
 * @param targetBuurtCode    the place: a buurt, or the wijk or gemeente of a verification at that scale
 * @param typeLabel          the target's typology type, null while typology has not classified it
 * @param proeftuin          whether the target itself has proeftuin status; null when typology did not say
 * @param outcome            set exactly when the verification is concluded
 * @param conditionsPresent  experiment conditions present in the target during the verification (empty: none);
 *                           null when not stated (before the conclusion)
 * @param nominated          the gemeente chose the place itself rather than it being suggested for its
 *                           comparability: a self-selected site (pilot bias), see the SELF_SELECTED chance rule
 */
public record Finding(String targetBuurtCode, String targetGemeenteCode, String typeLabel, Boolean proeftuin,
                      VerificationStage stage, Outcome outcome, Set<ExperimentCondition> conditionsPresent,
                      boolean nominated) {

    public Finding {
        Objects.requireNonNull(targetBuurtCode, "targetBuurtCode");
        Objects.requireNonNull(targetGemeenteCode, "targetGemeenteCode");
        Objects.requireNonNull(stage, "stage");
        if ((stage == VerificationStage.CONCLUDED) != (outcome != null)) {
            throw new RuleViolationException("verification in " + targetBuurtCode
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
