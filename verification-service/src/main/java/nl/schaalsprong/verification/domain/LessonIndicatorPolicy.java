package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Pre-registration (issue 11): criteria name their indicator as in the lesson's outcome, where one exists. When the
 * lesson's outcome names indicators, at least one criterion measures one of them by that name (case and spacing
 * aside), so a verification tests what the lesson claims and not something easier to meet; further criteria of the
 * gemeente's own are welcome. A lesson naming none ({@link #none()}) leaves the choice to the gemeente. Pure.
 */
public final class LessonIndicatorPolicy {

    private final SortedSet<String> indicators;
    private final Set<String> normalised;

    private LessonIndicatorPolicy(Collection<String> lessonIndicators) {
        this.indicators = lessonIndicators.stream().filter(i -> i != null && !i.isBlank()).map(String::strip)
                .collect(Collectors.toCollection(TreeSet::new));
        this.normalised = indicators.stream().map(LessonIndicatorPolicy::normalised).collect(Collectors.toSet());
    }

    /** @param lessonIndicators the indicator names of the lesson's outcome, as the lesson names them */
    public static LessonIndicatorPolicy of(Collection<String> lessonIndicators) {
        return new LessonIndicatorPolicy(lessonIndicators);
    }

    /** A lesson whose outcome names no indicator (or whose indicators are not known here): nothing to match. */
    public static LessonIndicatorPolicy none() {
        return new LessonIndicatorPolicy(Set.of());
    }

    /** @throws RuleViolationException when the lesson names indicators and no criterion measures one of them */
    public void requireMeasuredBy(SuccessCriteria criteria) {
        if (normalised.isEmpty()) {
            return;
        }
        boolean measuresOne = criteria.criteria().stream().map(Criterion::indicator)
                .map(LessonIndicatorPolicy::normalised).anyMatch(normalised::contains);
        if (!measuresOne) {
            throw new RuleViolationException("no criterion measures an indicator of the lesson's outcome "
                    + indicators + "; name at least one of them as the lesson does");
        }
    }

    /** Case and surrounding or repeated spaces aside, an indicator is named as the lesson names it. */
    private static String normalised(String indicator) {
        return indicator.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
