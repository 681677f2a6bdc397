package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.time.LocalDate;

/**
 * What makes success criteria pre-registered, each a small rule: they are measured after they are registered (a
 * criterion measured on or before its acceptance could be chosen knowing the result), and where the lesson's
 * outcome names its indicators, at least one criterion measures one of them by that name
 * ({@link LessonIndicatorPolicy}). Pure.
 */
public final class PreRegistration {

    private PreRegistration() {
    }

    /** @throws RuleViolationException naming the first criterion measured on or before {@code acceptedOn} */
    public static void requireMeasuredAfter(SuccessCriteria criteria, LocalDate acceptedOn) {
        for (Criterion criterion : criteria.criteria()) {
            if (!criterion.measuredOn().isAfter(acceptedOn)) {
                throw new RuleViolationException("criterion '" + criterion.indicator() + "' is measured on "
                        + criterion.measuredOn() + ", not after the acceptance on " + acceptedOn
                        + ": a pre-registered criterion is measured after it is registered");
            }
        }
    }
}
