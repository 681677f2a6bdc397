package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pre-registration holds: success criteria are registered before what they measure happens. */
class PreRegistrationTest {

    static final Clock ACCEPTED_ON_1_DECEMBER = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    static SuccessCriteria measuredOn(LocalDate date) {
        return new SuccessCriteria(List.of(new Criterion("aandeel huishoudens bereikt", Comparison.AT_LEAST, 60, "%",
                date)));
    }

    static Verification suggested() {
        return Verification.suggest(UUID.randomUUID(), new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt",
                0.9), "event-1", OffsetDateTime.parse("2026-11-01T09:00:00Z"));
    }

    @Test
    void aCriterionMeasuredBeforeTheAcceptanceIsRefused() {
        Verification verification = suggested();
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> verification.accept(measuredOn(LocalDate.of(2026, 11, 30)), "gemeente-amsterdam",
                        ACCEPTED_ON_1_DECEMBER));
        assertTrue(refused.getMessage().contains("2026-11-30"), refused.getMessage());
        assertEquals(VerificationStatus.SUGGESTED, verification.status, "a refused step changes nothing");
        assertNull(verification.acceptedAt());
    }

    @Test
    void aCriterionMeasuredOnTheDayOfAcceptanceIsRefused() {
        assertThrows(RuleViolationException.class, () -> suggested().accept(measuredOn(LocalDate.of(2026, 12, 1)),
                "gemeente-amsterdam", ACCEPTED_ON_1_DECEMBER));
    }

    @Test
    void aCriterionMeasuredAfterTheAcceptanceIsAccepted() {
        Verification verification = suggested();
        verification.accept(measuredOn(LocalDate.of(2026, 12, 2)), "gemeente-amsterdam", ACCEPTED_ON_1_DECEMBER);
        assertEquals(VerificationStatus.ACCEPTED, verification.status);
    }

    @Test
    void measuredAfterIsARuleOfItsOwn() {
        PreRegistration.requireMeasuredAfter(measuredOn(LocalDate.of(2027, 1, 1)), LocalDate.of(2026, 12, 31));
        assertThrows(RuleViolationException.class,
                () -> PreRegistration.requireMeasuredAfter(measuredOn(LocalDate.of(2026, 12, 31)), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void acceptingChecksTheLessonsIndicatorsAndARefusalChangesNothing() {
        Verification verification = suggested();
        LessonIndicatorPolicy lessonNamesAnother = LessonIndicatorPolicy.of(List.of("deelname eigenaren"));
        assertThrows(RuleViolationException.class, () -> verification.accept(measuredOn(LocalDate.of(2026, 12, 2)),
                lessonNamesAnother, "gemeente-amsterdam", ACCEPTED_ON_1_DECEMBER));
        assertEquals(VerificationStatus.SUGGESTED, verification.status);

        verification.accept(measuredOn(LocalDate.of(2026, 12, 2)),
                LessonIndicatorPolicy.of(List.of("Aandeel huishoudens bereikt")), "gemeente-amsterdam",
                ACCEPTED_ON_1_DECEMBER);
        assertEquals(VerificationStatus.ACCEPTED, verification.status);
    }
}
