package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a verification as a pure function of its frozen criteria and the measurements: a missing
 * measurement makes it INCONCLUSIVE (as the issue says: the pre-registered test was not completed, so even a
 * failed other criterion cannot count as a full NOT_CONFIRMED); otherwise any criterion not met makes it
 * NOT_CONFIRMED, and every criterion met makes it CONFIRMED.
 */
public record Conclusion(Outcome outcome, List<CriterionResult> results) {

    public Conclusion {
        results = List.copyOf(results);
    }

    /**
     * @param measurements measured value per indicator; an indicator absent (or mapped to null) was not measured
     * @throws RuleViolationException when a measurement names no frozen criterion or is not a finite number
     */
    public static Conclusion of(SuccessCriteria criteria, Map<String, Double> measurements) {
        for (Map.Entry<String, Double> measured : measurements.entrySet()) {
            if (!criteria.indicators().contains(measured.getKey())) {
                throw new RuleViolationException("'" + measured.getKey() + "' is not one of the frozen criteria "
                        + criteria.indicators());
            }
            if (measured.getValue() != null && !Double.isFinite(measured.getValue())) {
                throw new RuleViolationException("the value measured for '" + measured.getKey() + "' is not a number");
            }
        }
        List<CriterionResult> results = new ArrayList<>();
        boolean anyMissing = false;
        boolean anyFailed = false;
        for (Criterion criterion : criteria.criteria()) {
            Double value = measurements.get(criterion.indicator());
            if (value == null) {
                anyMissing = true;
                results.add(new CriterionResult(criterion.indicator(), null, null));
            } else {
                boolean met = criterion.metBy(value);
                anyFailed |= !met;
                results.add(new CriterionResult(criterion.indicator(), value, met));
            }
        }
        Outcome outcome = anyMissing ? Outcome.INCONCLUSIVE : anyFailed ? Outcome.NOT_CONFIRMED : Outcome.CONFIRMED;
        return new Conclusion(outcome, results);
    }
}
