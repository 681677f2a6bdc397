package nl.schaalsprong.typology.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scan's float filter: it may only save work, never change the answer. With a coverage floor, buurten that lack
 * too much of the weight are passed over without asking for their exact similarity, which for the default basis
 * spares a tenth of the national file (the buurten without heating shares) on every search.
 */
class TopKScanTest {

    /** Columns 0 and 1 complete; column 2 (half the weight) missing for the buurten at odd indexes. */
    private static FloatColumns columns(int n) {
        double[][] scaled = new double[3][n];
        for (int i = 0; i < n; i++) {
            scaled[0][i] = (i % 10) / 10.0;
            scaled[1][i] = (i % 7) / 7.0;
            scaled[2][i] = i % 2 == 1 ? Double.NaN : (i % 5) / 5.0;
        }
        return new FloatColumns(scaled, new boolean[3]);
    }

    private static final int[] DIMS = {0, 1, 2};
    private static final float[] SHARES = {0.25f, 0.25f, 0.5f};
    private static final float[] OWN = {0f, 0f, 0f};
    /** What the snapshot's coverage answers for these columns: an odd buurt has only columns 0 and 1. */
    private static final TopKScan.Coverage COVERAGE = i -> i % 2 == 1 ? 0.5f : 1f;

    @Test
    void buurtenBelowTheCoverageFloorAreNeverRankedExactly() {
        FloatColumns columns = columns(2_000);
        List<Integer> asked = new ArrayList<>();
        TopK best = TopKScan.best(columns, 0, 2_000, 0, DIMS, SHARES, OWN, 10, 0.7f, COVERAGE, i -> {
            asked.add(i);
            // what the snapshot answers: NaN below the floor (an odd buurt covers only half the weight)
            return i % 2 == 1 || i == 0 ? Double.NaN : 1 - exactDistance(i);
        });
        assertTrue(asked.stream().allMatch(i -> i % 2 == 0), "no buurt covering half the weight is ranked exactly: "
                + asked);
        assertEquals(10, best.size());
    }

    @Test
    void theFloorFilterKeepsTheAnswerOfARankingWithoutIt() {
        FloatColumns columns = columns(2_000);
        TopKScan.Exact exact = i -> i % 2 == 1 || i == 0 ? Double.NaN : 1 - exactDistance(i);
        TopK filtered = TopKScan.best(columns, 0, 2_000, 0, DIMS, SHARES, OWN, 10, 0.7f, COVERAGE, exact);
        TopK unfiltered = TopKScan.best(columns, 0, 2_000, 0, DIMS, SHARES, OWN, 10, 0f, COVERAGE, exact);
        assertEquals(10, filtered.size());
        assertEquals(unfiltered.size(), filtered.size());
        for (int r = 0; r < filtered.size(); r++) {
            assertEquals(unfiltered.index(r), filtered.index(r));
            assertEquals(unfiltered.similarity(r), filtered.similarity(r));
        }
    }

    @Test
    void aBuurtExactlyAtTheFloorIsStillRanked() {
        FloatColumns columns = columns(100);
        List<Integer> asked = new ArrayList<>();
        // a floor of half the weight: the odd buurten cover exactly that and must still be asked about
        TopKScan.best(columns, 0, 100, 0, DIMS, SHARES, OWN, 100, 0.5f, COVERAGE, i -> {
            asked.add(i);
            return 0.5;
        });
        assertTrue(asked.containsAll(List.of(1, 3, 99)), "asked: " + asked);
    }

    private static double exactDistance(int i) {
        return 0.25 * ((i % 10) / 10.0) + 0.25 * ((i % 7) / 7.0) + 0.5 * ((i % 5) / 5.0);
    }
}
