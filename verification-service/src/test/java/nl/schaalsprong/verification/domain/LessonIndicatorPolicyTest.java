package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Criteria name their indicator as in the lesson's outcome, where one exists (issue 11). */
class LessonIndicatorPolicyTest {

    static final LocalDate LATER = LocalDate.of(2027, 6, 30);

    static SuccessCriteria measuring(String... indicators) {
        return new SuccessCriteria(java.util.Arrays.stream(indicators)
                .map(i -> new Criterion(i, Comparison.AT_LEAST, 60, "%", LATER)).toList());
    }

    @Test
    void aCriterionNamingAnIndicatorOfTheLessonAsTheLessonDoesIsEnough() {
        LessonIndicatorPolicy.of(List.of("Aandeel  huishoudens bereikt ", "deelname"))
                .requireMeasuredBy(measuring("aandeel huishoudens bereikt"));
    }

    @Test
    void theGemeenteMayAddCriteriaOfItsOwnBesideTheLessonsIndicator() {
        LessonIndicatorPolicy.of(List.of("deelname"))
                .requireMeasuredBy(measuring("kosten per woning", "deelname"));
    }

    @Test
    void criteriaMeasuringNoIndicatorOfTheLessonAreRefusedNamingTheLessonsIndicators() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> LessonIndicatorPolicy.of(List.of("deelname eigenaren", "aansluitingen"))
                        .requireMeasuredBy(measuring("aandeel huishoudens bereikt")));
        assertTrue(refused.getMessage().contains("[aansluitingen, deelname eigenaren]"), refused.getMessage());
    }

    @Test
    void aSimilarButDifferentNameIsNotTheLessonsIndicator() {
        assertThrows(RuleViolationException.class, () -> LessonIndicatorPolicy.of(List.of("deelname eigenaren"))
                .requireMeasuredBy(measuring("deelname huurders")));
    }

    @Test
    void aLessonNamingNoIndicatorTakesAnyIndicator() {
        LessonIndicatorPolicy.none().requireMeasuredBy(measuring("wat de gemeente kiest"));
        LessonIndicatorPolicy.of(List.of(" ")).requireMeasuredBy(measuring("wat de gemeente kiest"));
    }
}
