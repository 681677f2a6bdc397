package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exploration against range restriction: a share of the targets drawn from further down the ranking. */
class ExplorationTest {

    static final BuurtCode ORIGIN = new BuurtCode("BU00140000");

    /** 50 candidates, BU0363 0001 the most similar down to BU0363 0050 the least. */
    static List<ComparableBuurt> ranking() {
        List<ComparableBuurt> ranked = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            ranked.add(new ComparableBuurt(new BuurtCode(String.format("BU0363%04d", i)), "b" + i, 1 - i / 100.0, null,
                    false, java.util.Map.of(), null));
        }
        return ranked;
    }

    static int rank(ComparableBuurt buurt) {
        return Integer.parseInt(buurt.code().value().substring(6));
    }

    @Test
    void oneInTenOfTheTargetsIsDrawnFromBelowTheTopAndMarkedExploratory() {
        SuggestionPolicy policy = new SuggestionPolicy(10, 5, false, 0.1);
        SuggestionPolicy.Choice choice = policy.choose(List.of(ORIGIN), Set.of(), 0, ranking(), 42L);
        assertEquals(10, choice.targets().size());
        assertEquals(1, choice.exploratory().size());
        ComparableBuurt explored = choice.targets().stream().filter(choice::isExploratory).findFirst().orElseThrow();
        assertTrue(rank(explored) > 10, "drawn from below the top ten: rank " + rank(explored));
        assertEquals(9, choice.targets().stream().filter(t -> !choice.isExploratory(t)).filter(t -> rank(t) <= 9)
                .count(), "the others are the nine most similar");
    }

    @Test
    void theDrawIsSeededSoALessonAlwaysDrawsTheSameAndLessonsDrawDifferently() {
        SuggestionPolicy policy = new SuggestionPolicy(10, 5, false, 0.1);
        assertEquals(policy.choose(List.of(ORIGIN), Set.of(), 0, ranking(), 42L),
                policy.choose(List.of(ORIGIN), Set.of(), 0, ranking(), 42L));
        Set<BuurtCode> drawn = new java.util.HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            drawn.addAll(policy.choose(List.of(ORIGIN), Set.of(), 0, ranking(), seed).exploratory());
        }
        assertTrue(drawn.size() > 15, "draws spread over the lower ranks: " + drawn.size());
    }

    @Test
    void withoutExplorationTheChoiceIsAsBefore() {
        SuggestionPolicy.Choice choice = new SuggestionPolicy(10, 5, false, 0.0)
                .choose(List.of(ORIGIN), Set.of(), 0, ranking(), 42L);
        assertTrue(choice.exploratory().isEmpty());
        assertTrue(choice.targets().stream().allMatch(t -> rank(t) <= 10));
    }

    @Test
    void theShareHoldsOnAverageAlsoForSmallTopUps() {
        assertEquals(1, SuggestionPolicy.exploratoryCount(10, 0.1, 0.99));
        assertEquals(3, SuggestionPolicy.exploratoryCount(10, 0.3, 0.5));
        assertEquals(1, SuggestionPolicy.exploratoryCount(3, 0.1, 0.29), "0.3 expected: one with probability 0.3");
        assertEquals(0, SuggestionPolicy.exploratoryCount(3, 0.1, 0.31));
        // Over uniforms spread evenly on [0, 1), three targets explore 0.3 on average: exactly the share.
        int explored = 0;
        for (int i = 0; i < 10_000; i++) {
            explored += SuggestionPolicy.exploratoryCount(3, 0.1, (i + 0.5) / 10_000);
        }
        assertEquals(3000, explored);
    }

    @Test
    void nothingFurtherDownLeavesTheRoomToTheRegularChoice() {
        SuggestionPolicy.Choice choice = new SuggestionPolicy(10, 5, false, 0.1)
                .choose(List.of(ORIGIN), Set.of(), 0, ranking().subList(0, 10), 42L);
        assertEquals(10, choice.targets().size());
        assertTrue(choice.exploratory().isEmpty());
    }

    @Test
    void keepingAChoiceDropsWhatWasVerifiedMeanwhileAndKeepsTheMarks() {
        SuggestionPolicy policy = new SuggestionPolicy(10, 5, false, 0.1);
        SuggestionPolicy.Choice choice = policy.choose(List.of(ORIGIN), Set.of(), 0, ranking(), 42L);
        BuurtCode meanwhile = choice.targets().get(0).code();
        SuggestionPolicy.Choice kept = policy.keepOpen(choice, List.of(ORIGIN), Set.of(meanwhile), 1);
        assertEquals(9, kept.targets().size());
        assertFalse(kept.targets().stream().anyMatch(t -> t.code().equals(meanwhile)));
        assertEquals(choice.exploratory(), kept.exploratory());
        assertEquals(0, policy.keepOpen(choice, List.of(ORIGIN), Set.of(), 10).targets().size());
    }

    @Test
    void theShareLiesBetweenZeroAndOne() {
        assertThrows(IllegalArgumentException.class, () -> new SuggestionPolicy(10, 5, true, 1.5));
    }
}
