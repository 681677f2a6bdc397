package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.OutOfScopeException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static nl.schaalsprong.verification.domain.VerificationLifecycleTest.ACCEPTED_CLOCK;
import static nl.schaalsprong.verification.domain.VerificationLifecycleTest.CRITERIA;
import static nl.schaalsprong.verification.domain.VerificationLifecycleTest.LATER;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A gemeente nominating its own buurt ("trying it here"): the record it makes and the rules that allow it. */
class NominationTest {

    private static final UUID LESSON = UUID.fromString("0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10");
    private static final BuurtCode KINKERBUURT = new BuurtCode("BU03630105");
    private static final Actor AMSTERDAM = new Actor("gemeente-amsterdam", false, Set.of(new GemeenteCode("GM0363")));

    private static Verification nominated() {
        return Verification.nominate(LESSON, new ComparableBuurt(KINKERBUURT, "Kinkerbuurt", 0.81, null, false,
                        Map.of("STEDELIJKHEID", new DimensionDifference(0.25, 0.05)), new Basis("standaard", 1)),
                "tagged-1", CRITERIA, LessonIndicatorPolicy.none(), AMSTERDAM.name(), ACCEPTED_CLOCK);
    }

    @Test
    void aNominationIsRecordedAsChosenByTheGemeenteAndStartsAccepted() {
        Verification verification = nominated();
        assertEquals(Selection.NOMINATED, verification.selection());
        assertTrue(verification.nominated());
        assertFalse(verification.exploratory());
        assertEquals(VerificationStatus.ACCEPTED, verification.status);
        assertEquals(CRITERIA, verification.criteria().orElseThrow());
        assertEquals("gemeente-amsterdam", verification.acceptedBy());
        assertEquals(OffsetDateTime.parse("2026-12-01T09:00:00Z"), verification.acceptedAt());
        assertEquals(verification.acceptedAt(), verification.suggestedAt, "it entered the workflow when nominated");
        assertEquals("GM0363", verification.targetGemeenteCode);
        assertEquals(0.81, verification.similarity);
        assertEquals(Set.of("STEDELIJKHEID"), verification.comparison().keySet());
    }

    @Test
    void aSuggestionIsRecordedAsSuggested() {
        assertEquals(Selection.SUGGESTED, VerificationLifecycleTest.suggested().selection());
        assertFalse(VerificationLifecycleTest.accepted().nominated());
    }

    @Test
    void aNominationsCriteriaArePreRegisteredLikeAnAcceptancesAndItConcludesLikeAnyOther() {
        Criterion measuredToday = new Criterion("x", Comparison.AT_LEAST, 1, "%", LocalDate.of(2026, 12, 1));
        assertThrows(RuleViolationException.class, () -> Verification.nominate(LESSON,
                new ComparableBuurt(KINKERBUURT, "Kinkerbuurt", 0.81), "tagged-1",
                new SuccessCriteria(List.of(measuredToday)), LessonIndicatorPolicy.none(), "g", ACCEPTED_CLOCK));
        assertThrows(RuleViolationException.class, () -> Verification.nominate(LESSON,
                new ComparableBuurt(KINKERBUURT, "Kinkerbuurt", 0.81), "tagged-1", CRITERIA,
                LessonIndicatorPolicy.of(List.of("aandeel aangesloten woningen")), "g", ACCEPTED_CLOCK),
                "a lesson naming indicators needs one measured by name");

        Verification verification = nominated();
        verification.conclude(Map.of("aandeel huishoudens bereikt", 70.0), List.of(), List.of(), "g", LATER);
        assertEquals(Outcome.CONFIRMED, verification.outcome());
        assertEquals(Selection.NOMINATED, verification.selection());
    }

    @Test
    void aLessonOfWijkOrGemeenteScaleIsNotNominatedInABuurt() {
        assertDoesNotThrow(() -> Nomination.requireBuurtScale(LESSON, TargetLevel.BUURT));
        assertThrows(RuleViolationException.class, () -> Nomination.requireBuurtScale(LESSON, TargetLevel.WIJK));
        assertThrows(RuleViolationException.class, () -> Nomination.requireBuurtScale(LESSON, TargetLevel.GEMEENTE));
    }

    @Test
    void aGemeenteNominatesOnlyItsOwnBuurten() {
        assertDoesNotThrow(() -> Nomination.requireActsFor(AMSTERDAM, KINKERBUURT));
        assertThrows(OutOfScopeException.class, () -> Nomination.requireActsFor(AMSTERDAM, new BuurtCode("BU03440201")));
        assertDoesNotThrow(() -> Nomination.requireActsFor(new Actor("klp", true, Set.of()), new BuurtCode("BU03440201")),
                "a steward acts for every gemeente");
    }

    @Test
    void notInTheOriginAndOnlyForALessonVerifiedPerBuurt() {
        assertThrows(RuleViolationException.class,
                () -> Nomination.requireOutsideOrigin(LESSON, List.of(KINKERBUURT), KINKERBUURT));
        assertDoesNotThrow(() -> Nomination.requireOutsideOrigin(LESSON, List.of(new BuurtCode("BU00140000")), KINKERBUURT));
        assertThrows(RuleViolationException.class,
                () -> Nomination.requireVerifiedPerBuurt(LESSON, List.of(Route.INSTITUTIONALISERING)));
        assertDoesNotThrow(() -> Nomination.requireVerifiedPerBuurt(LESSON, List.of()));
    }

    @Test
    void oneVerificationPerLessonAndBuurt() {
        assertDoesNotThrow(() -> Nomination.requireNoneThere(LESSON, KINKERBUURT, Optional.empty()));
        for (VerificationStatus status : VerificationStatus.values()) {
            ConflictException conflict = assertThrows(ConflictException.class,
                    () -> Nomination.requireNoneThere(LESSON, KINKERBUURT, Optional.of(status)));
            assertTrue(conflict.getMessage().startsWith("lesson " + LESSON + " already has a verification in BU03630105"),
                    conflict.getMessage());
        }
    }
}
