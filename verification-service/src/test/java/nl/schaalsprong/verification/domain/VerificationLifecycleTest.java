package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state machine of a verification, with a fixed clock. */
class VerificationLifecycleTest {

    static final Clock ACCEPTED_CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    static final Clock LATER = Clock.fixed(Instant.parse("2027-07-02T14:00:00Z"), ZoneOffset.UTC);
    static final Criterion REACHED = new Criterion("aandeel huishoudens bereikt", Comparison.AT_LEAST, 60, "%",
            LocalDate.of(2027, 6, 30));
    static final SuccessCriteria CRITERIA = new SuccessCriteria(List.of(REACHED));

    static Verification suggested() {
        return Verification.suggest(UUID.randomUUID(), new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt", 0.93),
                "event-1", OffsetDateTime.parse("2026-11-28T10:15:31Z"));
    }

    static Verification accepted() {
        Verification verification = suggested();
        verification.accept(CRITERIA, "gemeente-amsterdam", ACCEPTED_CLOCK);
        return verification;
    }

    @Test
    void onlyTheseTransitionsExist() {
        assertEquals(Set.of(VerificationStatus.ACCEPTED, VerificationStatus.DECLINED), VerificationStatus.SUGGESTED.next());
        assertEquals(Set.of(VerificationStatus.CONCLUDED), VerificationStatus.ACCEPTED.next());
        assertEquals(Set.of(), VerificationStatus.DECLINED.next());
        assertEquals(Set.of(), VerificationStatus.CONCLUDED.next());
    }

    @Test
    void acceptingFreezesTheCriteriaWithTimeAndWho() {
        Verification verification = accepted();
        assertEquals(VerificationStatus.ACCEPTED, verification.status);
        assertEquals(CRITERIA, verification.criteria().orElseThrow());
        assertEquals(OffsetDateTime.parse("2026-12-01T09:00:00Z"), verification.acceptedAt());
        assertEquals("gemeente-amsterdam", verification.acceptedBy());
    }

    @Test
    void aSecondAcceptanceCannotChangeTheFrozenCriteria() {
        Verification verification = accepted();
        SuccessCriteria other = new SuccessCriteria(List.of(new Criterion("aandeel huishoudens bereikt",
                Comparison.AT_LEAST, 20, "%", LocalDate.of(2030, 1, 1))));
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> verification.accept(other, "someone-else", LATER));
        assertEquals(VerificationStatus.ACCEPTED, refused.from());
        assertEquals(VerificationStatus.ACCEPTED, refused.to());
        assertEquals(CRITERIA, verification.criteria().orElseThrow());
        assertEquals(OffsetDateTime.parse("2026-12-01T09:00:00Z"), verification.acceptedAt());
        assertEquals("gemeente-amsterdam", verification.acceptedBy());
    }

    @Test
    void decliningNeedsAReasonAndIsFinal() {
        Verification verification = suggested();
        assertThrows(RuleViolationException.class, () -> verification.decline(null, "gemeente-amsterdam", LATER));
        assertEquals(VerificationStatus.SUGGESTED, verification.status, "a refused step changes nothing");

        verification.decline(DeclineReason.other("De buurt zit al in een warmtenetproject"), "gemeente-amsterdam", LATER);
        assertEquals(VerificationStatus.DECLINED, verification.status);
        assertEquals("De buurt zit al in een warmtenetproject", verification.declineReason());
        assertEquals(DeclineReason.other("De buurt zit al in een warmtenetproject"),
                verification.declineReasonDetail().orElseThrow());
        assertEquals(OffsetDateTime.parse("2027-07-02T14:00:00Z"), verification.declinedAt());
        assertThrows(IllegalTransitionException.class, () -> verification.accept(CRITERIA, "gemeente-amsterdam", LATER));
        assertThrows(IllegalTransitionException.class, () -> verification.decline(DeclineReason.other("again"), "gemeente-amsterdam", LATER));
    }

    @Test
    void aSuggestionCannotBeConcludedWithoutAcceptedCriteria() {
        Verification verification = suggested();
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> verification.conclude(Map.of(), List.of(), Set.of(), "gemeente-amsterdam", LATER));
        assertTrue(refused.getMessage().contains("from SUGGESTED to CONCLUDED"), refused.getMessage());
        assertTrue(refused instanceof ConflictException, "409");
    }

    @Test
    void concludingRecordsResultsOutcomeAdaptationsAndConditions() {
        Verification verification = accepted();
        verification.conclude(Map.of(REACHED.indicator(), 71.0), List.of(" gesprekken in het Turks aangeboden "),
                List.of(ExperimentCondition.VRIJSTELLING, ExperimentCondition.EXTRA_FINANCIERING,
                        ExperimentCondition.VRIJSTELLING), "gemeente-amsterdam", LATER);
        assertEquals(VerificationStatus.CONCLUDED, verification.status);
        assertEquals(Outcome.CONFIRMED, verification.outcome());
        assertEquals(List.of(new CriterionResult(REACHED.indicator(), 71.0, true)), verification.results());
        assertEquals(List.of("gesprekken in het Turks aangeboden"), verification.adaptations());
        assertEquals(List.of(ExperimentCondition.EXTRA_FINANCIERING, ExperimentCondition.VRIJSTELLING),
                verification.conditionsPresent());
        assertEquals(OffsetDateTime.parse("2027-07-02T14:00:00Z"), verification.concludedAt());
    }

    @Test
    void aConcludedVerificationAcceptsNoFurtherStep() {
        Verification verification = accepted();
        verification.conclude(Map.of(), List.of(), Set.of(), "gemeente-amsterdam", LATER);
        assertEquals(Outcome.INCONCLUSIVE, verification.outcome());

        assertThrows(IllegalTransitionException.class, () -> verification.conclude(Map.of(REACHED.indicator(), 99.0),
                List.of(), Set.of(), "gemeente-amsterdam", LATER));
        assertThrows(IllegalTransitionException.class, () -> verification.decline(DeclineReason.other("no"), "gemeente-amsterdam", LATER));
        assertThrows(IllegalTransitionException.class, () -> verification.accept(CRITERIA, "gemeente-amsterdam", LATER));
        assertEquals(Outcome.INCONCLUSIVE, verification.outcome());
        assertEquals(List.of(new CriterionResult(REACHED.indicator(), null, null)), verification.results());
    }

    @Test
    void aConclusionThatBreaksARuleLeavesTheVerificationAccepted() {
        Verification verification = accepted();
        assertThrows(RuleViolationException.class, () -> verification.conclude(Map.of("iets anders", 1.0),
                List.of(), Set.of(), "gemeente-amsterdam", LATER));
        assertEquals(VerificationStatus.ACCEPTED, verification.status);
        assertNull(verification.outcome());
        assertFalse(verification.criteria().isEmpty());
    }

    @Test
    void aSuggestionKeepsWhatTypologySaidAboutTheTarget() {
        TypologyType type = new TypologyType(UUID.randomUUID(), 3, "Vooroorlogse stadswijk");
        ComparableBuurt target = new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt", 0.93, type, false,
                Map.of("STEDELIJKHEID", new DimensionDifference(0.25, 0.05)), new Basis("standaard", 2));
        Verification verification = Verification.suggest(UUID.randomUUID(), target, "event-1",
                OffsetDateTime.parse("2026-11-28T10:15:31Z"));
        assertEquals(new Basis("standaard", 2), verification.basis().orElseThrow());
        assertEquals(type, verification.targetType().orElseThrow());
        assertEquals(false, verification.targetProeftuin());
        assertEquals(Map.of("STEDELIJKHEID", new DimensionDifference(0.25, 0.05)), verification.comparison());
        assertEquals("GM0363", verification.targetGemeenteCode);
    }
}
