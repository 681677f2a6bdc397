package nl.schaalsprong.verification.domain.learning;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Learning recovers a planted effect from simulated outcomes, and its scores mean what they say. */
class ComparabilityLearningTest {

    static final List<String> DIMENSIONS = List.of("AANDEEL_65_PLUS", "AANDEEL_HUISHOUDENS_MET_KINDEREN",
            "GEMIDDELDE_HUISHOUDENSGROOTTE", "LOG_BEVOLKINGSDICHTHEID", "STEDELIJKHEID");
    /** The one dimension that decides whether a lesson transfers in the simulation. */
    static final String PLANTED = "STEDELIJKHEID";

    /**
     * Differences uniform in [0, 1] on every dimension; the chance of confirmation falls with the difference on
     * {@link #PLANTED} only (logistic, from 88% at no difference to 12% at the largest). Similarity is one minus
     * the mean difference, as an equal-weights basis would give.
     */
    static List<TransferExample> simulate(int n, long seed) {
        Random random = new Random(seed);
        List<TransferExample> examples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> differences = new LinkedHashMap<>();
            double sum = 0;
            for (String dimension : DIMENSIONS) {
                double difference = random.nextDouble();
                differences.put(dimension, difference);
                sum += difference;
            }
            double chance = 1 / (1 + Math.exp(-(2 - 4 * differences.get(PLANTED))));
            examples.add(new TransferExample(differences, 1 - sum / DIMENSIONS.size(), random.nextDouble() < chance));
        }
        return examples;
    }

    /** 300 suggested conclusions of {@link #simulate} (seed 11), spread over 40 lessons as learning resamples them. */
    static List<TransferExample> simulatedOverFortyLessons() {
        List<TransferExample> examples = new ArrayList<>();
        List<TransferExample> simulated = simulate(300, 11);
        for (int i = 0; i < simulated.size(); i++) {
            TransferExample e = simulated.get(i);
            examples.add(new TransferExample("lesson-" + i % 40, e.differences(), e.similarity(), e.confirmed()));
        }
        return examples;
    }

    @Test
    void theOneDimensionThatMattersComesOutOnTopWithAnIntervalAboveZero() {
        LearnedModel model = ComparabilityLearning.learn(simulate(400, 7), LearningSettings.DEFAULT);

        DimensionImportance top = model.dimensions().get(0);
        assertEquals(PLANTED, top.dimension());
        assertTrue(top.clearlyMatters(), "interval " + top.lower() + ".." + top.upper() + " excludes zero");
        for (DimensionImportance other : model.dimensions().subList(1, DIMENSIONS.size())) {
            assertTrue(other.upper() < top.lower(), other.dimension() + " is clearly less important than " + PLANTED);
            assertTrue(other.lower() < 0 && other.upper() > 0,
                    other.dimension() + " has no effect, so its interval holds zero: " + other.lower() + ".." + other.upper());
        }
        assertTrue(top.weight() > 3, "the planted dimension takes most of the weight: " + top.weight());
        for (DimensionImportance other : model.dimensions().subList(1, DIMENSIONS.size())) {
            assertEquals(1.0, other.weight(), other.dimension() + "'s interval holds zero: it keeps the standard weight");
        }
        assertEquals(400, model.outcomes());
        assertTrue(model.publishable(), model.publicationReasons().toString());
    }

    @Test
    void theModelPredictsBetterThanTheBaseRateAndTheCurrentBasisOutOfSample() {
        LearnedModel model = ComparabilityLearning.learn(simulate(400, 11), LearningSettings.DEFAULT);
        assertTrue(model.brierModel() < model.brierBaseRate(), model.toString());
        assertTrue(model.cvBrierModel() < model.cvBrierBaseRate(), model.toString());
        assertTrue(model.cvBrierModel() < model.cvBrierBasis(), model.toString());
        assertTrue(model.cvBrierModel() > model.brierModel(), "out of sample is harder than in sample");
        assertTrue(model.brierSimilarity() > 0 && model.brierSimilarity() < 1, model.toString());
        assertTrue(LearningSettings.LAMBDAS.contains(model.lambda()), "λ is one of the grid: " + model.lambda());
    }

    @Test
    void aLargePenaltyWinsWhenThereIsNothingToLearn() {
        Random random = new Random(5);
        List<TransferExample> noise = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            noise.add(new TransferExample(Map.of(PLANTED, random.nextDouble(), "AANDEEL_65_PLUS", random.nextDouble()),
                    0.5, random.nextBoolean()));
        }
        LearnedModel model = ComparabilityLearning.learn(noise, LearningSettings.DEFAULT);
        assertTrue(model.lambda() >= 10, "cross-validation shrinks noise away: λ = " + model.lambda());
        assertFalse(model.publishable(), model.publicationReasons().toString());
    }

    @Test
    void theBootstrapResamplesWholeLessonsSoRepeatsWithinALessonDoNotNarrowTheInterval() {
        List<TransferExample> independent = simulate(60, 13);
        List<TransferExample> asLessons = new ArrayList<>();
        List<TransferExample> asIfIndependent = new ArrayList<>();
        for (int i = 0; i < independent.size(); i++) {
            TransferExample example = independent.get(i);
            for (int copy = 0; copy < 4; copy++) {
                // The same verification four times over within one lesson: no more information than once.
                asLessons.add(new TransferExample("lesson-" + i, example.differences(), example.similarity(),
                        example.confirmed()));
                asIfIndependent.add(example);
            }
        }
        DimensionImportance clustered = importanceOf(ComparabilityLearning.learn(asLessons, LearningSettings.DEFAULT));
        DimensionImportance naive = importanceOf(ComparabilityLearning.learn(asIfIndependent, LearningSettings.DEFAULT));
        // Not the full factor 2 (= √4) of four exact copies: cross-validation also picks a larger λ for the lessons.
        assertTrue(clustered.upper() - clustered.lower() > 1.3 * (naive.upper() - naive.lower()),
                "clustered " + clustered + " against naive " + naive);
    }

    @Test
    void tooFewOfTheRarerOutcomeIsNotPublished() {
        List<TransferExample> examples = new ArrayList<>();
        Random random = new Random(9);
        for (int i = 0; i < 60; i++) {
            double difference = random.nextDouble();
            examples.add(new TransferExample(Map.of(PLANTED, difference), 0.5, i >= 8 || difference < 0.2));
        }
        LearnedModel model = ComparabilityLearning.learn(examples, LearningSettings.DEFAULT);
        assertTrue(model.minority() < 10);
        assertFalse(model.publishable());
        assertTrue(model.publicationReasons().stream().anyMatch(r -> r.contains("rarer outcome")),
                model.publicationReasons().toString());
    }

    private static DimensionImportance importanceOf(LearnedModel model) {
        return model.dimensions().stream().filter(d -> d.dimension().equals(PLANTED)).findFirst().orElseThrow();
    }

    @Test
    void theSameOutcomesAndSeedGiveTheSameModel() {
        List<TransferExample> examples = simulate(150, 3);
        assertEquals(ComparabilityLearning.learn(examples, LearningSettings.DEFAULT),
                ComparabilityLearning.learn(examples, LearningSettings.DEFAULT));
    }

    @Test
    void theBrierScoreIsTheMeanSquaredError() {
        assertEquals((0.01 + 0.64 + 0.25) / 3,
                ComparabilityLearning.brier(new double[]{0.9, 0.8, 0.5}, new double[]{1, 0, 1}), 1e-12);
    }

    @Test
    void aDimensionMissingFromSomeBasesIsLearnedFromTheRest() {
        List<TransferExample> examples = new ArrayList<>(simulate(300, 5));
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            boolean confirmed = random.nextBoolean();
            examples.add(new TransferExample(Map.of(PLANTED, confirmed ? 0.1 : 0.9), 0.5, confirmed));
        }
        LearnedModel model = ComparabilityLearning.learn(examples, LearningSettings.DEFAULT);
        assertEquals(PLANTED, model.dimensions().get(0).dimension());
    }

    @Test
    void nothingToLearnFromIsARuleViolation() {
        assertThrows(RuntimeException.class, () -> ComparabilityLearning.learn(
                List.of(new TransferExample(Map.of(), 0.5, true)), LearningSettings.DEFAULT));
        assertThrows(RuntimeException.class, () -> new TransferExample(Map.of(PLANTED, 1.5), 0.5, true));
    }

    @Test
    void theRidgeSolverSolvesAKnownSystem() {
        double[] x = RidgeLogisticRegression.solveSymmetricPositiveDefinite(
                new double[][]{{4, 2}, {2, 3}}, new double[]{2, 1});
        assertEquals(0.5, x[0], 1e-12);
        assertEquals(0.0, x[1], 1e-12);
    }
}
