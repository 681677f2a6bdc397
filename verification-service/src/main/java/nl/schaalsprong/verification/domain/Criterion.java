package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.time.LocalDate;

/**
 * One pre-registered success criterion: what is measured, against which threshold, in which unit, and when.
 * Fixed before any measurement, so success cannot be redefined after the fact.
 */
public record Criterion(String indicator, Comparison comparison, double threshold, String unit, LocalDate measuredOn) {

    public Criterion {
        if (indicator == null || indicator.isBlank()) {
            throw new RuleViolationException("a success criterion needs an indicator");
        }
        if (comparison == null) {
            throw new RuleViolationException("criterion '" + indicator + "' needs a comparison (AT_LEAST or AT_MOST)");
        }
        if (!Double.isFinite(threshold)) {
            throw new RuleViolationException("criterion '" + indicator + "' needs a finite threshold");
        }
        if (unit == null || unit.isBlank()) {
            throw new RuleViolationException("criterion '" + indicator + "' needs a unit");
        }
        if (measuredOn == null) {
            throw new RuleViolationException("criterion '" + indicator + "' needs the date it is measured on");
        }
        indicator = indicator.strip();
        unit = unit.strip();
    }

    /** Whether {@code measured} meets this criterion. */
    public boolean metBy(double measured) {
        return comparison.met(measured, threshold);
    }
}
