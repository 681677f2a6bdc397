package nl.schaalsprong.typology.domain;

import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.domain.comparison.ColumnScale;
import nl.schaalsprong.typology.domain.comparison.Gower;
import org.junit.jupiter.api.Test;

import static nl.schaalsprong.typology.domain.catalogue.DimensionKind.CATEGORICAL;
import static nl.schaalsprong.typology.domain.catalogue.DimensionKind.NUMERIC;
import static nl.schaalsprong.typology.domain.catalogue.DimensionKind.ORDINAL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weighted Gower similarity against values computed by hand. */
class GowerTest {

    private static final double NaN = Double.NaN;
    private static final double EXACT = 1e-12;
    private static final DimensionKind[] NUMERIC_3 = {NUMERIC, NUMERIC, NUMERIC};

    @Test
    void numericIsOneMinusTheMeanAbsoluteDifference() {
        // differences 0.2, 0, 1 -> mean 0.4 -> similarity 0.6
        Gower.Result result = Gower.compare(new double[]{0.2, 0.5, 1.0}, new double[]{0.4, 0.5, 0.0}, NUMERIC_3,
                new double[]{1, 1, 1});
        assertEquals(0.6, result.similarity(), EXACT);
        assertEquals(0, result.missingWeight(), EXACT);
        assertArrayEquals(new double[]{0.2, 0, 1}, result.distances(), EXACT);
    }

    @Test
    void weightsCountEachDifference() {
        // (2*0.2 + 1*0 + 1*1) / 4 = 0.35 -> 0.65
        assertEquals(0.65, Gower.compare(new double[]{0.2, 0.5, 1.0}, new double[]{0.4, 0.5, 0.0}, NUMERIC_3,
                new double[]{2, 1, 1}).similarity(), EXACT);
    }

    /**
     * A mixed case from raw values. Numeric: density range [100, 300], buurt A 150 -> .25, B 250 -> .75, distance
     * .5. Ordinal, 5 levels: rank 0 vs rank 3 -> 3/4 = .75. Categorical: equal -> 0. Weights 2, 1, 1:
     * (2*.5 + 1*.75 + 1*0) / 4 = .4375 -> similarity .5625.
     */
    @Test
    void mixedKindsFromRawValues() {
        ColumnScale density = new ColumnScale(NUMERIC, new RobustRange(100, 300), 0);
        ColumnScale stedelijkheid = ColumnScale.ordinal(5);
        ColumnScale aanpak = ColumnScale.categorical(4);
        double[] a = {density.scale(150), stedelijkheid.scale(0), aanpak.scale(2)};
        double[] b = {density.scale(250), stedelijkheid.scale(3), aanpak.scale(2)};
        DimensionKind[] kinds = {NUMERIC, ORDINAL, CATEGORICAL};
        double[] weights = {2, 1, 1};

        Gower.Result result = Gower.compare(a, b, kinds, weights);
        assertEquals(0.5625, result.similarity(), EXACT);
        assertArrayEquals(new double[]{0.5, 0.75, 0}, result.distances(), EXACT);
        assertEquals(3, result.comparedDimensions());

        // A different category counts as the whole distance: (2*.5 + .75 + 1) / 4 = .6875 -> .3125
        b[2] = aanpak.scale(1);
        assertEquals(0.3125, Gower.compare(a, b, kinds, weights).similarity(), EXACT);
    }

    /**
     * Missing values: the ordinal is missing on B and the categorical on A, so only the numeric (weight 2 of 5)
     * is compared: distance .5 -> similarity .5, and 3 of 5 of the weight is missing -> .6.
     */
    @Test
    void aDimensionMissingOnEitherSideIsLeftOutAndReportedAsMissingWeight() {
        double[] a = {0.25, 0.5, NaN};
        double[] b = {0.75, NaN, 1};
        DimensionKind[] kinds = {NUMERIC, ORDINAL, CATEGORICAL};
        double[] weights = {2, 1, 2};

        Gower.Result result = Gower.compare(a, b, kinds, weights);
        assertEquals(0.5, result.similarity(), EXACT);
        assertEquals(0.6, result.missingWeight(), EXACT);
        assertEquals(1, result.comparedDimensions());
        assertTrue(Double.isNaN(result.distances()[1]) && Double.isNaN(result.distances()[2]));
    }

    @Test
    void nothingInCommonIsNotComparable() {
        Gower.Result result = Gower.compare(new double[]{NaN, 0.3}, new double[]{0.1, NaN},
                new DimensionKind[]{NUMERIC, ORDINAL}, new double[]{1, 1});
        assertTrue(Double.isNaN(result.similarity()));
        assertEquals(1, result.missingWeight(), EXACT);
        assertTrue(Double.isNaN(Gower.compare(new double[]{NaN}, new double[]{0.1}, new DimensionKind[]{NUMERIC},
                new double[]{1}).similarity()));
    }

    @Test
    void aZeroWeightDimensionIsNeitherComparedNorMissing() {
        Gower.Result result = Gower.compare(new double[]{0.1, 0.0, NaN}, new double[]{0.2, 1.0, 0.5}, NUMERIC_3,
                new double[]{1, 0, 0});
        assertEquals(0.9, result.similarity(), EXACT);
        assertEquals(0, result.missingWeight(), EXACT);
        assertEquals(1, result.comparedDimensions());
    }

    @Test
    void identicalIsOneAndOppositeEndsAreZero() {
        DimensionKind[] kinds = {NUMERIC, CATEGORICAL};
        assertEquals(1.0, Gower.compare(new double[]{0.3, 2}, new double[]{0.3, 2}, kinds, new double[]{1, 1}).similarity());
        assertEquals(0.0, Gower.compare(new double[]{0, 1}, new double[]{1, 0}, kinds, new double[]{1, 1}).similarity());
    }

    @Test
    void unscaledNumericOrOrdinalValuesAndMismatchedLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Gower.distance(ORDINAL, 0.5, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Gower.compare(new double[]{0.1}, new double[]{0.1, 0.2},
                NUMERIC_3, new double[]{1, 1}));
        assertThrows(IllegalArgumentException.class, () -> Gower.compare(new double[]{0.1}, new double[]{0.2},
                new DimensionKind[]{NUMERIC}, new double[]{-1}));
        // categorical level indices are not scaled and may exceed 1
        assertEquals(1, Gower.distance(CATEGORICAL, 3, 4), EXACT);
    }
}
