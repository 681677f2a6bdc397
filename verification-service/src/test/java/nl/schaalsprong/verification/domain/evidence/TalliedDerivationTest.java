package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Properties over 500 seeded random tags ({@link RandomHistories}): a tag's verifications tallied as they stream in,
 * lesson by lesson and in any order, give the evidence the list of all of them gives, pooled and per lesson; and what
 * the history counts from the tally is what counting the list verification by verification gives, also in the
 * narrowed histories the level rules judge (within a MENU's types, without nominated confirmations).
 */
class TalliedDerivationTest {

    private static final int TAGS = 500;
    private static final EvidenceRules RULES = EvidenceRules.standard();

    @Test
    void aTagStreamedLessonByLessonInAnyOrderIsDerivedAsTheListOfAllItsVerifications() {
        for (long seed = 0; seed < TAGS; seed++) {
            List<RandomHistories.Lesson> tag = new RandomHistories(seed).tag();
            LessonFacts pooled = RandomHistories.pooledOrigin(tag);
            Evidence fromList = EvidenceDerivation.derive(RULES, pooled, RandomHistories.pooledVerifications(tag));

            VerificationTally streamed = new VerificationTally();
            List<RandomHistories.Lesson> inAnyOrder = new ArrayList<>(tag);
            Collections.shuffle(inAnyOrder, new Random(seed));
            for (RandomHistories.Lesson lesson : inAnyOrder) {
                List<VerificationFact> rows = new ArrayList<>(lesson.verifications());
                Collections.shuffle(rows, new Random(seed));
                VerificationTally own = new VerificationTally();
                rows.forEach(own::add);
                assertEquals(EvidenceDerivation.derive(RULES, lesson.facts(), lesson.verifications()),
                        EvidenceDerivation.derive(RULES, lesson.facts(), own), "seed " + seed + ", a lesson");
                streamed.addAll(own);
            }
            assertEquals(fromList, EvidenceDerivation.derive(RULES, pooled, streamed), "seed " + seed + ", pooled");
        }
    }

    @Test
    void whatTheHistoryCountsIsWhatCountingEveryVerificationGives() {
        for (long seed = 0; seed < TAGS; seed++) {
            List<RandomHistories.Lesson> tag = new RandomHistories(seed).tag();
            LessonFacts pooled = RandomHistories.pooledOrigin(tag);
            List<VerificationFact> facts = RandomHistories.pooledVerifications(tag);
            VerificationHistory history = new VerificationHistory(pooled, facts);
            String at = "seed " + seed;
            assertCountedAsTheList(history, pooled, facts, at);

            Set<String> failing = history.notConfirmedTypes();
            assertCountedAsTheList(history.withoutDecisiveIn(failing), pooled, facts.stream()
                    .filter(f -> !(decisive(f) && f.typeLabel() != null && failing.contains(f.typeLabel()))).toList(),
                    at + ", within the confirmed types");
            assertCountedAsTheList(history.withoutNominatedConfirmations(), pooled, facts.stream()
                    .filter(f -> !(f.nominated() && f.outcome() == Outcome.CONFIRMED)).toList(),
                    at + ", without nominated confirmations");
        }
    }

    /** Each count the rules read, against the list counted verification by verification. */
    private static void assertCountedAsTheList(VerificationHistory history, LessonFacts lesson,
                                               List<VerificationFact> facts, String at) {
        Origin origin = lesson.origin();
        List<VerificationFact> elsewhere = facts.stream()
                .filter(f -> f.outcome() != null && !origin.isOriginBuurt(f.targetBuurtCode())).toList();
        assertEquals(facts.size(), history.verifications().size(), at);
        assertEquals(elsewhere.size(), history.elsewhere().size(), at);
        assertEquals(distinct(elsewhere, f -> f.outcome() == Outcome.CONFIRMED, VerificationFact::targetBuurtCode),
                history.confirmedBuurten(), at);
        assertEquals(distinct(elsewhere, f -> f.outcome() == Outcome.NOT_CONFIRMED, VerificationFact::targetBuurtCode),
                history.notConfirmedBuurten(), at);
        assertEquals(distinct(elsewhere, f -> f.outcome() == Outcome.INCONCLUSIVE, VerificationFact::targetBuurtCode),
                history.inconclusiveBuurten(), at);
        assertEquals(distinct(elsewhere, f -> f.outcome() == Outcome.CONFIRMED, VerificationFact::targetGemeenteCode),
                history.confirmedGemeenten(), at);
        assertEquals(distinct(elsewhere, f -> f.outcome() == Outcome.CONFIRMED && f.nominated(),
                VerificationFact::targetBuurtCode), history.nominatedConfirmedBuurten(), at);
        assertEquals(elsewhere.stream().filter(VerificationFact::nominated).count(),
                (long) history.nominatedElsewhere().size(), at);
        assertEquals(distinct(elsewhere, f -> f.outcome() == Outcome.CONFIRMED && Boolean.FALSE.equals(f.proeftuin())
                        && Set.of().equals(f.conditionsPresent()), VerificationFact::targetBuurtCode),
                history.confirmedKnownWithoutConditions(), at);
        assertEquals(new Counts(stage(facts, VerificationStage.SUGGESTED), stage(facts, VerificationStage.ACCEPTED),
                stage(facts, VerificationStage.DECLINED), outcome(facts, Outcome.CONFIRMED),
                outcome(facts, Outcome.NOT_CONFIRMED), outcome(facts, Outcome.INCONCLUSIVE)),
                Counts.of(history.verifications()), at);
        List<VerificationFact> ordinary = elsewhere.stream().filter(f -> Boolean.FALSE.equals(f.proeftuin())
                && Set.of().equals(f.conditionsPresent())).toList();
        assertEquals(ConfirmationRate.of(outcome(ordinary, Outcome.CONFIRMED),
                        outcome(ordinary, Outcome.CONFIRMED) + outcome(ordinary, Outcome.NOT_CONFIRMED)),
                PilotStatusEffect.of(history.elsewhere(), 3).withoutPilotStatus(), at + ": per verification, not buurt");
    }

    private static boolean decisive(VerificationFact fact) {
        return fact.outcome() == Outcome.CONFIRMED || fact.outcome() == Outcome.NOT_CONFIRMED;
    }

    private static SortedSet<String> distinct(List<VerificationFact> facts, Predicate<VerificationFact> which,
                                              Function<VerificationFact, String> what) {
        return facts.stream().filter(which).map(what).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int stage(List<VerificationFact> facts, VerificationStage stage) {
        return (int) facts.stream().filter(f -> f.stage() == stage).count();
    }

    private static int outcome(List<VerificationFact> facts, Outcome outcome) {
        return (int) facts.stream().filter(f -> f.outcome() == outcome).count();
    }
}
