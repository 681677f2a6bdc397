package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The outcome follows from the frozen criteria and the measurements, and from nothing else. */
class ConclusionTest {

    static final LocalDate JUNE = LocalDate.of(2027, 6, 30);
    static final Criterion REACHED = new Criterion("aandeel huishoudens bereikt", Comparison.AT_LEAST, 60, "%", JUNE);
    static final Criterion COST = new Criterion("kosten per woning", Comparison.AT_MOST, 12000, "euro", JUNE);
    static final SuccessCriteria BOTH = new SuccessCriteria(List.of(REACHED, COST));

    static Map<String, Double> measured(Object... pairs) {
        Map<String, Double> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return values;
    }

    @Test
    void everyCriterionMetIsConfirmedAndTheThresholdItselfMeetsIt() {
        Conclusion conclusion = Conclusion.of(BOTH, measured(REACHED.indicator(), 60.0, COST.indicator(), 12000.0));
        assertEquals(Outcome.CONFIRMED, conclusion.outcome());
        assertEquals(List.of(new CriterionResult(REACHED.indicator(), 60.0, true),
                new CriterionResult(COST.indicator(), 12000.0, true)), conclusion.results());
    }

    @Test
    void atLeastFailsBelowTheThresholdAndAtMostAbove() {
        assertEquals(Outcome.NOT_CONFIRMED,
                Conclusion.of(BOTH, measured(REACHED.indicator(), 59.9, COST.indicator(), 9000.0)).outcome());
        assertEquals(Outcome.NOT_CONFIRMED,
                Conclusion.of(BOTH, measured(REACHED.indicator(), 80.0, COST.indicator(), 12000.01)).outcome());
        assertEquals(new CriterionResult(COST.indicator(), 12000.01, false),
                Conclusion.of(BOTH, measured(REACHED.indicator(), 80.0, COST.indicator(), 12000.01)).results().get(1));
    }

    @Test
    void aMissingMeasurementMakesItInconclusiveAndIsRecordedAsNotMeasured() {
        Conclusion conclusion = Conclusion.of(BOTH, measured(REACHED.indicator(), 71.0));
        assertEquals(Outcome.INCONCLUSIVE, conclusion.outcome());
        assertEquals(new CriterionResult(COST.indicator(), null, null), conclusion.results().get(1));
        assertEquals(Outcome.INCONCLUSIVE,
                Conclusion.of(BOTH, measured(REACHED.indicator(), 71.0, COST.indicator(), null)).outcome());
    }

    @Test
    void aMissingMeasurementMakesItInconclusiveEvenWhenAnotherCriterionFailed() {
        assertEquals(Outcome.INCONCLUSIVE, Conclusion.of(BOTH, measured(REACHED.indicator(), 10.0)).outcome());
    }

    @Test
    void nothingMeasuredIsInconclusive() {
        assertEquals(Outcome.INCONCLUSIVE, Conclusion.of(BOTH, Map.of()).outcome());
    }

    @Test
    void aMeasurementOfNoFrozenCriterionIsRefused() {
        assertThrows(RuleViolationException.class,
                () -> Conclusion.of(BOTH, measured(REACHED.indicator(), 71.0, "tevredenheid", 8.0)));
    }

    @Test
    void aMeasurementMustBeANumber() {
        assertThrows(RuleViolationException.class, () -> Conclusion.of(BOTH, measured(REACHED.indicator(), Double.NaN)));
    }

    @Test
    void criteriaCheckThemselves() {
        assertThrows(RuleViolationException.class, () -> new Criterion(" ", Comparison.AT_LEAST, 1, "%", JUNE));
        assertThrows(RuleViolationException.class, () -> new Criterion("x", null, 1, "%", JUNE));
        assertThrows(RuleViolationException.class, () -> new Criterion("x", Comparison.AT_LEAST, Double.NaN, "%", JUNE));
        assertThrows(RuleViolationException.class, () -> new Criterion("x", Comparison.AT_LEAST, 1, "", JUNE));
        assertThrows(RuleViolationException.class, () -> new Criterion("x", Comparison.AT_LEAST, 1, "%", null));
        assertThrows(RuleViolationException.class, () -> new SuccessCriteria(List.of()));
        assertThrows(RuleViolationException.class, () -> new SuccessCriteria(List.of(REACHED, REACHED)));
    }

    @Test
    void successCriteriaCannotBeChangedThroughTheListTheyWereMadeFrom() {
        List<Criterion> source = new java.util.ArrayList<>(List.of(REACHED));
        SuccessCriteria criteria = new SuccessCriteria(source);
        source.add(COST);
        assertEquals(List.of(REACHED), criteria.criteria());
        assertThrows(UnsupportedOperationException.class, () -> criteria.criteria().add(COST));
    }
}
