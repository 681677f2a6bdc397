package nl.schaalsprong.typology.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimilarityTest {

    private static final double NaN = Double.NaN;
    private static final double EXACT = 1e-12;

    @Test
    void oneMinusTheMeanAbsoluteDifference() {
        // differences 0.2, 0, 1 -> mean 0.4 -> similarity 0.6
        assertEquals(0.6, Similarity.between(new double[]{0.2, 0.5, 1.0}, new double[]{0.4, 0.5, 0.0},
                new double[]{1, 1, 1}), EXACT);
    }

    @Test
    void weightsCountEachDifference() {
        // (2*0.2 + 1*0 + 1*1) / 4 = 0.35 -> 0.65
        assertEquals(0.65, Similarity.between(new double[]{0.2, 0.5, 1.0}, new double[]{0.4, 0.5, 0.0},
                new double[]{2, 1, 1}), EXACT);
    }

    @Test
    void aDimensionMissingOnEitherSideIsLeftOutAndTheWeightsRenormalised() {
        double[] a = {0.2, NaN, 1.0, 0.7};
        double[] b = {0.4, 0.5, NaN, 0.1};
        double[] w = {1, 1, 1, 3};
        // only dimensions 0 and 3 count: (1*0.2 + 3*0.6) / 4 = 0.5 -> 0.5
        assertEquals(0.5, Similarity.between(a, b, w), EXACT);
        assertEquals(2, Similarity.sharedDimensions(a, b, w));
    }

    @Test
    void aZeroWeightDimensionDoesNotCount() {
        assertEquals(0.9, Similarity.between(new double[]{0.1, 0.0}, new double[]{0.2, 1.0}, new double[]{1, 0}),
                EXACT);
        assertEquals(1, Similarity.sharedDimensions(new double[]{0.1, 0.0}, new double[]{0.2, 1.0},
                new double[]{1, 0}));
    }

    @Test
    void identicalIsOneAndOppositeEndsAreZero() {
        assertEquals(1.0, Similarity.between(new double[]{0.3, 0.9}, new double[]{0.3, 0.9}, new double[]{1, 1}));
        assertEquals(0.0, Similarity.between(new double[]{0, 1}, new double[]{1, 0}, new double[]{1, 1}));
    }

    @Test
    void noSharedDimensionMeansNotComparable() {
        assertTrue(Double.isNaN(Similarity.between(new double[]{NaN, 0.4}, new double[]{0.1, NaN},
                new double[]{1, 1})));
        assertEquals(0, Similarity.sharedDimensions(new double[]{NaN, 0.4}, new double[]{0.1, NaN},
                new double[]{1, 1}));
    }

    @Test
    void unscaledInputIsACallerError() {
        assertThrows(IllegalArgumentException.class,
                () -> Similarity.between(new double[]{1.5}, new double[]{0.5}, new double[]{1}));
        assertThrows(IllegalArgumentException.class,
                () -> Similarity.between(new double[]{0.5, 0.5}, new double[]{0.5}, new double[]{1}));
    }
}
