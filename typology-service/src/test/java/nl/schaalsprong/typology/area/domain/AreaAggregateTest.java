package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AreaAggregateTest {

    private static final double NaN = Double.NaN;

    @Test
    void numericIsTheMeanWeightedByInhabitants() {
        AreaAggregate aggregate = AreaAggregate.of(DimensionKind.NUMERIC, new double[]{2.0, 3.0}, new double[]{300, 100});
        assertEquals(2.25, aggregate.value(), 1e-12);
        assertEquals(1.0, aggregate.coverage(), 1e-12);
    }

    @Test
    void aCountIsSummedAndItsCoverageStillCounts() {
        AreaAggregate sum = AreaAggregate.of(nl.schaalsprong.typology.figure.domain.Aggregation.SUM,
                DimensionKind.NUMERIC, new double[]{40, NaN, 60}, new double[]{100, 100, 300}, new double[]{1, 1, 1});
        assertEquals(100.0, sum.value(), 1e-12);
        assertEquals(0.8, sum.coverage(), 1e-12);
        assertTrue(AreaAggregate.sum(new double[]{40, NaN}, new double[]{100, 300}).missing(),
                "a sum over a quarter of the inhabitants is not the area's");
    }

    @Test
    void ordinalIsTheWeightedMeanRankSoItMayLieBetweenLevels() {
        // Ranks 0 (class 1) for 100 people and 2 (class 3) for 300: mean rank 1.5.
        assertEquals(1.5, AreaAggregate.of(DimensionKind.ORDINAL, new double[]{0, 2}, new double[]{100, 300}).value(),
                1e-12);
    }

    @Test
    void categoricalIsTheLevelWithTheMostInhabitantsNotTheMostBuurten() {
        AreaAggregate aggregate = AreaAggregate.of(DimensionKind.CATEGORICAL, new double[]{1, 1, 4},
                new double[]{100, 100, 500});
        assertEquals(4, aggregate.value());
        assertEquals(0, AreaAggregate.of(DimensionKind.CATEGORICAL, new double[]{2, 0}, new double[]{10, 10}).value(),
                "a tie goes to the lowest level, whatever the order");
    }

    @Test
    void missingBuurtenAreLeftOutAndTheirShareIsTheCoverage() {
        AreaAggregate aggregate = AreaAggregate.of(DimensionKind.NUMERIC, new double[]{4, NaN, 8},
                new double[]{100, 100, 300});
        assertEquals(7.0, aggregate.value(), 1e-12);
        assertEquals(0.8, aggregate.coverage(), 1e-12);
    }

    @Test
    void missingWhenTheBuurtenWithAValueHoldLessThanHalfTheInhabitants() {
        AreaAggregate aggregate = AreaAggregate.of(DimensionKind.CATEGORICAL, new double[]{1, NaN, NaN},
                new double[]{100, 100, 100});
        assertTrue(aggregate.missing());
        assertEquals(1.0 / 3, aggregate.coverage(), 1e-12);
        assertEquals(5.0, AreaAggregate.of(DimensionKind.NUMERIC, new double[]{5, NaN}, new double[]{100, 100}).value(),
                "exactly half is enough");
    }

    @Test
    void withoutAnyInhabitantsEveryBuurtCountsOnce() {
        AreaAggregate aggregate = AreaAggregate.of(DimensionKind.NUMERIC, new double[]{1, 3, NaN},
                new double[]{0, NaN, 0});
        assertEquals(2.0, aggregate.value(), 1e-12);
        assertEquals(2.0 / 3, aggregate.coverage(), 1e-12);
    }

    @Test
    void aBuurtWithoutInhabitantsDoesNotMoveAPopulatedMean() {
        assertEquals(10.0, AreaAggregate.of(DimensionKind.NUMERIC, new double[]{10, 1000}, new double[]{50, 0}).value(),
                1e-12);
    }
}
