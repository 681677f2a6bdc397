package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fold a tag's verifications are read into: each finding once, each verification counted. */
class VerificationTallyTest {

    private static VerificationFact fact(String buurt, String type, Outcome outcome, boolean nominated) {
        return new VerificationFact(UUID.randomUUID(), buurt, "GM" + buurt.substring(2, 6), type, false,
                outcome == null ? VerificationStage.SUGGESTED : VerificationStage.CONCLUDED, outcome,
                outcome == null ? null : Set.of(), nominated);
    }

    @Test
    void verificationsThatSayTheSameAreOneFindingCountedAsOftenAsTheyWereMade() {
        VerificationTally tally = VerificationTally.of(List.of(fact("BU03630001", "A", Outcome.CONFIRMED, false),
                fact("BU03630001", "A", Outcome.CONFIRMED, false), fact("BU03630001", "A", Outcome.CONFIRMED, false),
                fact("BU03630001", "A", Outcome.NOT_CONFIRMED, false)));
        assertEquals(4, tally.size());
        assertEquals(2, tally.findings().size(), "the ids differ, the findings do not");
        assertEquals(3, tally.count(Finding::confirmed));
        assertEquals(1, tally.count(Finding::notConfirmed));
        assertEquals(Set.of("BU03630001"), tally.distinct(f -> true, Finding::targetBuurtCode));
    }

    @Test
    void aHotTagsManyVerificationsOfFewPlacesAreFewFindings() {
        VerificationTally tally = new VerificationTally();
        Random random = new Random(15);
        for (int i = 0; i < 100_000; i++) {
            tally.add(fact(String.format("BU0363%04d", random.nextInt(50)), "A",
                    random.nextBoolean() ? Outcome.CONFIRMED : Outcome.NOT_CONFIRMED, false));
        }
        assertEquals(100_000, tally.size());
        assertTrue(tally.findings().size() <= 100, "at most 50 buurten times 2 outcomes: " + tally.findings().size());
    }

    @Test
    void theOrderOfAddingDoesNotMatterAndPartsAddUpToTheWhole() {
        List<VerificationFact> facts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            facts.add(fact(String.format("BU0363%04d", i % 7), i % 3 == 0 ? null : "A",
                    i % 4 == 0 ? null : Outcome.values()[i % 3], i % 5 == 0));
        }
        VerificationTally whole = VerificationTally.of(facts);
        List<VerificationFact> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new Random(15));
        assertEquals(whole, VerificationTally.of(shuffled));
        assertEquals(whole.hashCode(), VerificationTally.of(shuffled).hashCode());

        VerificationTally parts = VerificationTally.of(facts.subList(0, 13)).addAll(VerificationTally.of(facts.subList(13, 40)));
        assertEquals(whole, parts);
        assertEquals(40, parts.size());
        assertNotEquals(whole, VerificationTally.of(facts.subList(1, 40)), "one verification less is another tally");
    }

    @Test
    void narrowingKeepsTheCountsOfWhatItKeeps() {
        VerificationTally tally = VerificationTally.of(List.of(fact("BU03630001", "A", Outcome.CONFIRMED, true),
                fact("BU03630001", "A", Outcome.CONFIRMED, true), fact("BU03440002", "B", Outcome.CONFIRMED, false),
                fact("BU03440003", null, null, false)));
        VerificationTally nominated = tally.where(Finding::nominated);
        assertEquals(2, nominated.size());
        assertEquals(1, nominated.findings().size());
        assertEquals(4, tally.size(), "the tally narrowed is not changed");
        assertEquals(new TreeSet<>(Set.of("A", "B")), tally.distinct(f -> true, Finding::typeLabel),
                "sorted, each once, a finding without a type left out");
        assertTrue(tally.where(f -> false).isEmpty());
        assertEquals(new VerificationTally(), tally.where(f -> false));
    }

    @Test
    void distinctValuesAreSortedAndEachOnce() {
        VerificationTally tally = VerificationTally.of(List.of(fact("BU05990001", "A", Outcome.CONFIRMED, false),
                fact("BU03630001", "A", Outcome.CONFIRMED, false), fact("BU03630001", "A", Outcome.CONFIRMED, true)));
        SortedSet<String> gemeenten = tally.distinct(Finding::confirmed, Finding::targetGemeenteCode);
        assertEquals(List.of("GM0363", "GM0599"), List.copyOf(gemeenten));
    }

    @Test
    void aFindingIsCheckedAsTheVerificationItComesFrom() {
        assertThrows(NullPointerException.class, () -> new VerificationTally().add((Finding) null));
        assertThrows(RuleViolationException.class, () -> new Finding("BU03630001", "GM0363", null, null,
                VerificationStage.CONCLUDED, null, Set.of(), false), "a conclusion without an outcome");
        assertThrows(RuleViolationException.class, () -> new Finding("BU03630001", "GM0363", null, null,
                VerificationStage.ACCEPTED, Outcome.CONFIRMED, null, false), "an outcome before the conclusion");
        Set<ExperimentCondition> present = EnumSet.of(ExperimentCondition.PIONIERS);
        Finding finding = new Finding("BU03630001", "GM0363", null, null, VerificationStage.CONCLUDED,
                Outcome.CONFIRMED, present, false);
        present.add(ExperimentCondition.VRIJSTELLING);
        assertEquals(Set.of(ExperimentCondition.PIONIERS), finding.conditionsPresent(), "kept as it was found");
        assertNull(new Finding("BU03630001", "GM0363", null, null, VerificationStage.SUGGESTED, null, null, false)
                .conditionsPresent(), "not stated stays not stated");
    }

    @Test
    void aFactsFindingIsWhatItSaysWithoutItsId() {
        VerificationFact fact = fact("BU03630001", "A", Outcome.INCONCLUSIVE, true);
        assertEquals(fact, new VerificationFact(fact.verificationId(), fact.finding()));
        assertEquals(fact.finding(), fact("BU03630001", "A", Outcome.INCONCLUSIVE, true).finding());
    }

    @Test
    void aHistoryKeepsTheTallyAsItWasGiven() {
        VerificationTally tally = VerificationTally.of(List.of(fact("BU03630001", "A", Outcome.CONFIRMED, false)));
        VerificationHistory history = new VerificationHistory(
                new LessonFacts(UUID.randomUUID(), Set.of("BU00140000"), Set.of()), tally);
        tally.add(fact("BU03440001", "A", Outcome.CONFIRMED, false));
        assertEquals(1, history.verifications().size());
        assertEquals(1, history.confirmations());
    }
}
