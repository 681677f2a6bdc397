package nl.schaalsprong.verification.domain.learning;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static nl.schaalsprong.verification.domain.learning.ComparabilityLearningTest.simulate;
import static nl.schaalsprong.verification.domain.learning.ComparabilityLearningTest.simulatedOverFortyLessons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A decline naming a dimension is one non-transfer on that dimension: it moves that dimension's importance, and
 * counts towards none of the publication minimums.
 */
class DeclineEvidenceTest {

    private static final String UNPLANTED = "AANDEEL_65_PLUS";
    private static final LearningSettings FAST = new LearningSettings(LearningSettings.LAMBDAS, 5, 50, 20261128L, 30,
            10, 5);

    @Test
    void aDeclineIsANonTransferOnTheOneDimensionItNames() {
        TransferExample example = DeclineEvidence.example(new DeclineEvidence.DimensionDecline("lesson-1", UNPLANTED,
                Map.of(UNPLANTED, 0.7, "STEDELIJKHEID", 0.2), 0.8)).orElseThrow();

        assertEquals(Map.of(UNPLANTED, 0.7), example.differences(), "at the distance recorded, on that dimension only");
        assertFalse(example.confirmed());
        assertTrue(example.declined());
        assertEquals("lesson-1", example.cluster());
        assertEquals(0.8, example.similarity());
    }

    @Test
    void aDeclineOnADimensionWithoutARecordedDistanceCannotBePlaced() {
        assertTrue(DeclineEvidence.example(new DeclineEvidence.DimensionDecline("lesson-1", UNPLANTED,
                Map.of("STEDELIJKHEID", 0.2), 0.8)).isEmpty());
    }

    @Test
    void declinesNamingADimensionRaiseItsImportance() {
        List<TransferExample> outcomes = simulatedOverFortyLessons();
        List<TransferExample> withDeclines = new ArrayList<>(outcomes);
        withDeclines.addAll(declines(UNPLANTED, 60));

        double without = importanceOf(ComparabilityLearning.learn(outcomes, FAST), UNPLANTED);
        LearnedModel model = ComparabilityLearning.learn(withDeclines, FAST);

        assertTrue(importanceOf(model, UNPLANTED) > without + 0.1,
                "with declines " + importanceOf(model, UNPLANTED) + ", without " + without);
        assertEquals(Map.of(UNPLANTED, 60), model.declinedForDimension());
        assertEquals(outcomes.size(), model.outcomes(), "declines are no outcomes");
        assertEquals(60, model.declines());
    }

    @Test
    void declinesAloneCannotMeetThePublicationMinimums() {
        // 10 outcomes from 2 lessons, far below the minimums, and many declines from many lessons.
        List<TransferExample> examples = new ArrayList<>();
        List<TransferExample> few = simulate(10, 3);
        for (int i = 0; i < few.size(); i++) {
            TransferExample e = few.get(i);
            examples.add(new TransferExample("lesson-" + i % 2, e.differences(), e.similarity(), i % 2 == 0));
        }
        examples.addAll(declines(UNPLANTED, 200));

        LearnedModel model = ComparabilityLearning.learn(examples, FAST);

        assertFalse(model.publishable());
        assertEquals(10, model.outcomes());
        assertEquals(5, model.confirmed());
        assertEquals(2, model.lessons(), "lessons count the outcomes' lessons only");
        assertTrue(model.publicationReasons().contains("10 outcomes, 30 needed"), model.publicationReasons().toString());
        assertTrue(model.publicationReasons().contains("outcomes from 2 lesson(s), 5 needed"),
                model.publicationReasons().toString());
    }

    @Test
    void declinesAreCountedPerDimension() {
        List<TransferExample> examples = new ArrayList<>(declines(UNPLANTED, 3));
        examples.addAll(declines("STEDELIJKHEID", 1));
        examples.add(new TransferExample(Map.of(UNPLANTED, 0.9), 0.5, false));
        assertEquals(Map.of(UNPLANTED, 3, "STEDELIJKHEID", 1), DeclineEvidence.perDimension(examples));
    }

    /** Declines naming {@code dimension}, in buurten far from the origin on it, spread over 40 lessons. */
    private static List<TransferExample> declines(String dimension, int count) {
        Random random = new Random(17);
        List<TransferExample> declines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            declines.add(DeclineEvidence.example(new DeclineEvidence.DimensionDecline("lesson-" + random.nextInt(40),
                    dimension, Map.of(dimension, 0.7 + 0.3 * random.nextDouble()), 0.6)).orElseThrow());
        }
        return declines;
    }

    private static double importanceOf(LearnedModel model, String dimension) {
        return model.dimensions().stream().filter(d -> d.dimension().equals(dimension)).findFirst().orElseThrow()
                .importance();
    }
}
