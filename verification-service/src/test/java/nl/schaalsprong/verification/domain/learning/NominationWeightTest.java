package nl.schaalsprong.verification.domain.learning;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static nl.schaalsprong.verification.domain.learning.ComparabilityLearningTest.PLANTED;
import static nl.schaalsprong.verification.domain.learning.ComparabilityLearningTest.simulate;
import static nl.schaalsprong.verification.domain.learning.ComparabilityLearningTest.simulatedOverFortyLessons;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conclusions in buurten the gemeente nominated itself weigh less in learning: by the nomination weight (default
 * 0.5) on their likelihood, and not at all at weight 0.
 */
class NominationWeightTest {

    private static final LearningSettings FAST = new LearningSettings(LearningSettings.LAMBDAS, 5, 50, 20261128L, 30,
            10, 5);

    private static LearningSettings weighing(double nominationWeight) {
        return new LearningSettings(FAST.lambdas(), FAST.folds(), FAST.bootstrapSamples(), FAST.seed(),
                FAST.minOutcomes(), FAST.minMinority(), FAST.minLessons(), nominationWeight);
    }

    /**
     * Self-selected conclusions that succeed however far the buurt is from the origin: what a gemeente picking
     * where its champions are would produce. They blur the planted effect.
     */
    private static List<TransferExample> nominated() {
        Random random = new Random(5);
        List<TransferExample> examples = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            TransferExample e = simulate(1, 100 + i).get(0);
            examples.add(new TransferExample("lesson-" + random.nextInt(40), e.differences(), e.similarity(), true,
                    true));
        }
        return examples;
    }

    private static List<TransferExample> all() {
        List<TransferExample> all = new ArrayList<>(simulatedOverFortyLessons());
        all.addAll(nominated());
        return all;
    }

    private static double plantedImportance(LearnedModel model) {
        return model.dimensions().stream().filter(d -> d.dimension().equals(PLANTED)).findFirst().orElseThrow()
                .importance();
    }

    @Test
    void aNominationCountsByTheNominationWeightAndASuggestionFully() {
        TransferExample nominated = new TransferExample("l", Map.of(PLANTED, 0.2), 0.8, true, true);
        TransferExample suggested = new TransferExample("l", Map.of(PLANTED, 0.2), 0.8, true);
        assertEquals(0.5, nominated.weight(LearningSettings.DEFAULT), "half by default");
        assertEquals(1.0, suggested.weight(LearningSettings.DEFAULT));
        assertEquals(0.0, nominated.weight(weighing(0)));
        assertThrows(IllegalArgumentException.class, () -> weighing(1.5));
        assertThrows(IllegalArgumentException.class, () -> weighing(-0.1));
    }

    @Test
    void aWeightOnTheLikelihoodIsLikeCountingTheExampleThatOften() {
        double[][] design = {{1, -1.0}, {1, -0.5}, {1, 0.0}, {1, 0.5}, {1, 1.0}, {1, 0.3}};
        double[] y = {1, 1, 0, 1, 0, 0};
        double[] weights = {1, 1, 1, 1, 1, 2};
        double[][] duplicated = {{1, -1.0}, {1, -0.5}, {1, 0.0}, {1, 0.5}, {1, 1.0}, {1, 0.3}, {1, 0.3}};
        double[] yDuplicated = {1, 1, 0, 1, 0, 0, 0};
        assertArrayEquals(RidgeLogisticRegression.fit(duplicated, yDuplicated, 1.0),
                RidgeLogisticRegression.fit(design, y, weights, 1.0), 1e-9);
        assertArrayEquals(RidgeLogisticRegression.fit(design, y, 1.0),
                RidgeLogisticRegression.fit(design, y, new double[]{1, 1, 1, 1, 1, 1}, 1.0), 0.0,
                "weight 1 everywhere is the unweighted fit");
    }

    @Test
    void atWeightZeroNominationsAreLeftOut() {
        LearnedModel leftOut = ComparabilityLearning.learn(all(), weighing(0));
        LearnedModel suggestedOnly = ComparabilityLearning.learn(simulatedOverFortyLessons(), weighing(0.5));
        assertEquals(suggestedOnly.dimensions(), leftOut.dimensions());
        assertEquals(suggestedOnly.outcomes(), leftOut.outcomes());
        assertEquals(300, leftOut.outcomes());
    }

    @Test
    void theLessANominationWeighsTheLessItBlursWhatSuggestionsShow() {
        double left = plantedImportance(ComparabilityLearning.learn(all(), weighing(0)));
        double halved = plantedImportance(ComparabilityLearning.learn(all(), weighing(0.5)));
        double full = plantedImportance(ComparabilityLearning.learn(all(), weighing(1)));
        assertTrue(left > halved && halved > full, "importance of " + PLANTED + ": left out " + left + ", half " + halved
                + ", full " + full);
        LearnedModel half = ComparabilityLearning.learn(all(), weighing(0.5));
        assertEquals(400, half.outcomes(), "a half-weighed nomination is still learned from");
        assertEquals(100, half.nominated());
        assertEquals(0, ComparabilityLearning.learn(all(), weighing(0)).nominated());
    }
}
