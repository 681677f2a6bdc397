package nl.schaalsprong.verification.domain.learning;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast, seeded version of issue 11's simulation study (the full one: {@link LearningSimulationStudy}):
 * learning on 30 outcomes with no real effect (3 lessons of 10 verifications, 5 dimensions) publishes nothing,
 * bar a small false-publication rate, over many runs.
 */
class LearningSimulationTest {

    static final LearningSettings FAST = new LearningSettings(LearningSettings.LAMBDAS, 5, 50, 20261128L, 30, 10, 5);

    @Test
    void thirtyIndependentOutcomesWithoutARealEffectAreAlmostNeverPublished() {
        // 30 lessons of one verification each: the setting, independent outcomes.
        LearningSimulation.Rates rates = LearningSimulation.study(100, 30, 1, 0.0, 0.0, 11L, FAST);
        System.out.printf("no effect, 30 independent outcomes: false publications %d of %d runs; in-sample Brier"
                + " beats the base rate in %d%n", rates.published(), rates.runs(), rates.inSampleBeatsBaseRate());
        // The full study (docs/evidence-simulation.md) measures the rate over more runs; this guards that it stays low.
        assertTrue(rates.publishedRate() <= 0.05, "false publication rate " + rates.publishedRate());
        assertTrue(rates.inSampleBeatsBaseRate() > 90, "the in-sample score alone would have published nearly every"
                + " run: " + rates.inSampleBeatsBaseRate());
    }

    @Test
    void thirtyOutcomesOfThreeLessonsAreNeverPublished() {
        LearningSimulation.Rates rates = LearningSimulation.study(30, 3, 10, 0.0, 0.0, 12L, FAST);
        assertTrue(rates.published() == 0, "published " + rates.published() + " times from 3 lessons");
    }

    @Test
    void aStrongPlantedEffectIsRecoveredFromEnoughLessons() {
        LearningSimulation.Rates rates = LearningSimulation.study(10, 20, 10, 6.0, 0.1, 17L, FAST);
        assertTrue(rates.recovered() >= 5, "recovered in " + rates.recovered() + " of 10 runs");
    }
}
