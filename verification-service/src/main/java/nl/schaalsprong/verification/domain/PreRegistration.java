package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What makes success criteria pre-registered, each a small rule: they are measured after they are registered (a
 * criterion measured on or before its acceptance could be chosen knowing the result), and where the lesson's
 * outcome names its indicators, at least one criterion measures one of them by that name (so the verification
 * tests what the lesson claims, not something easier). Pure.
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

    /**
     * @param lessonIndicators the indicator names of the lesson's outcome; empty when the lesson names none (or
     *                         they are not known here), and then any indicator will do
     * @throws RuleViolationException when the lesson names indicators and no criterion measures one of them
     */
    public static void requireALessonIndicator(SuccessCriteria criteria, Collection<String> lessonIndicators) {
        if (lessonIndicators.isEmpty()) {
            return;
        }
        Set<String> named = lessonIndicators.stream().map(PreRegistration::normalised).collect(Collectors.toSet());
        boolean measuresOne = criteria.criteria().stream().map(Criterion::indicator).map(PreRegistration::normalised)
                .anyMatch(named::contains);
        if (!measuresOne) {
            throw new RuleViolationException("no criterion measures an indicator of the lesson's outcome "
                    + new TreeSet<>(lessonIndicators) + "; name at least one of them as the lesson does");
        }
    }

    /** Case and surrounding or repeated spaces aside, an indicator is named as the lesson names it. */
    private static String normalised(String indicator) {
        return indicator.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
