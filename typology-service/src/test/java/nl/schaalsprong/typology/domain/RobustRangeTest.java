package nl.schaalsprong.typology.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobustRangeTest {

    private static final double EXACT = 1e-12;

    @Test
    void quantilesInterpolateBetweenNeighbouringRanks() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertEquals(1, RobustRange.quantile(sorted, 0), EXACT);
        assertEquals(3, RobustRange.quantile(sorted, 0.5), EXACT);
        assertEquals(2, RobustRange.quantile(sorted, 0.25), EXACT);
        // position (5-1)*0.1 = 0.4 -> 1 + 0.4*(2-1)
        assertEquals(1.4, RobustRange.quantile(sorted, 0.1), EXACT);
        assertEquals(5, RobustRange.quantile(sorted, 1), EXACT);
        assertEquals(7, RobustRange.quantile(new double[]{7}, 0.98), EXACT);
    }

    @Test
    void theRobustRangeIgnoresMissingValuesAndOutliersBeyondThePercentiles() {
        // 51 values 0..50 (unsorted, with NaN): p2 at position 1.0 = 1, p98 at position 49.0 = 49
        double[] values = new double[53];
        for (int i = 0; i <= 50; i++) {
            values[(i * 7) % 51] = i;
        }
        values[51] = Double.NaN;
        values[52] = Double.NaN;
        RobustRange range = RobustRange.between(values, 0.02, 0.98);
        assertEquals(1, range.low(), EXACT);
        assertEquals(49, range.high(), EXACT);
    }

    @Test
    void scalingClipsToTheRangeAndKeepsMissingMissing() {
        RobustRange range = new RobustRange(2, 6);
        assertEquals(0.25, range.scale(3), EXACT);
        assertEquals(0, range.scale(-100), EXACT);
        assertEquals(1, range.scale(100), EXACT);
        assertTrue(Double.isNaN(range.scale(Double.NaN)));
    }

    @Test
    void aDegenerateRangeCannotTellValuesApart() {
        assertEquals(0, new RobustRange(3, 3).scale(10), EXACT);
        RobustRange nothing = RobustRange.between(new double[]{Double.NaN}, 0.02, 0.98);
        assertEquals(new RobustRange(0, 0), nothing);
    }

    @Test
    void aRangeMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new RobustRange(2, 1));
        assertThrows(IllegalArgumentException.class, () -> RobustRange.quantile(new double[]{1}, 1.5));
    }
}
