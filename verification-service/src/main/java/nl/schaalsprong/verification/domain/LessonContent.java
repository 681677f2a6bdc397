package nl.schaalsprong.verification.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a lesson says, as its latest LessonTagged carries it: what the advice shows a gemeente (title, proeftuin,
 * recommendation, outcome) and what pre-registered criteria may name (the indicators). Every part may be unknown:
 * lessons-service added most of these to LessonTagged v1 later, so older events lack them.
 *
 * @param pilot   the proeftuin's name
 * @param outcome the outcome in the origin; null when not stated
 * @param themes  theme codes, lower case (e.g. {@code participatie})
 * @param module  the approach component the author names; null when not stated
 */
public record LessonContent(String title, String pilot, String recommendation, LessonOutcome outcome,
                            List<Indicator> indicators, List<String> themes, String module) {

    /** Nothing known: a lesson recorded from an event without content. */
    public static final LessonContent UNKNOWN = new LessonContent(null, null, null, null, List.of(), List.of(), null);

    public LessonContent {
        indicators = indicators == null ? List.of() : indicators.stream().filter(Objects::nonNull).distinct().toList();
        themes = themes == null ? List.of() : themes.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The names of the outcome's indicators, in the lesson's order, each once. */
    public List<String> indicatorNames() {
        return indicators.stream().map(Indicator::name).filter(Objects::nonNull).distinct().toList();
    }

    /** A measured indicator of the outcome in the origin, e.g. 70 % of owners took part on 2021-06-01. */
    public record Indicator(String name, BigDecimal value, String unit, LocalDate date) {
    }

    /** How the lesson turned out where it was learned. */
    public enum LessonOutcome {
        SUCCESS,
        PARTIAL,
        FAILURE
    }
}
