package nl.schaalsprong.typology.domain;

import java.util.Arrays;

/**
 * The comparable search's pass over all buurten: a float filter fused with the top-k selection. Block by block,
 * each weighted column adds its terms to the block's distance sums (straight loops over float arrays, which the JIT
 * turns into vector instructions); then every buurt whose sum is clearly above the current k-th best distance is
 * dropped without further work, and only the few others are ranked exactly, in double, by {@link Exact}. So the
 * answer is exactly the pairwise definition's; the floats only decide what need not be looked at.
 */
final class TopKScan {

    /**
     * How far a float sum may lie above the exact distance it estimates. Values in [0,1] rounded to float are off by
     * at most 2^-25, each term and each addition adds a relative 2^-24, and the weights sum to 1, so over even a few
     * hundred dimensions the sum errs by less than 1e-5; ten times that keeps every buurt the exact ranking could
     * take, at the cost of ranking a few near-misses exactly.
     */
    private static final float SLACK = 1e-4f;

    /** The exact similarity of buurt i, or NaN when it is not to be ranked (the asked buurt, left out, nothing shared). */
    interface Exact {
        double similarity(int i);
    }

    /** The share of the compared weight buurt i has values on, as a float (the filter's rounding is covered by SLACK). */
    interface Coverage {
        float compared(int i);
    }

    /**
     * @param from   first buurt to rank (a scope narrows the search to one gemeente's or wijk's run of codes)
     * @param to     one past the last
     * @param near   a buurt to start at: the asked one, whose neighbours in code order (its wijk, its gemeente) are
     *               often alike, so the k-th best distance is small early and filters most of the rest
     * @param dims   the dimensions compared
     * @param shares their weights divided by the sum of all of them, so a complete buurt's sum is its distance
     * @param own    the asked buurt's value on each of them
     * @param minimumShare the share of {@code shares} a buurt must have values on to be offered at all (the basis'
     *                     coverage floor as a share of the compared weight); 0 for none. A buurt below it is passed
     *                     over without ranking it exactly: with a floor, the buurten that lack a whole source (a
     *                     tenth of the national file lacks the heating shares) have small sums over what they do
     *                     share and would otherwise all pass the filter, to be refused one by one
     * @param coverage     each buurt's compared share, asked only of the few that pass the sum's filter and only when
     *                     some buurt misses one of {@code dims}
     */
    static TopK best(FloatColumns columns, int from, int to, int near, int[] dims, float[] shares, float[] own, int k,
                     float minimumShare, Coverage coverage, Exact exact) {
        TopK best = new TopK(k);
        if (from >= to) {
            return best;
        }
        boolean gaps = false;
        for (int d : dims) {
            gaps |= columns.hasGaps(d);
        }
        float[] distance = new float[FloatColumns.BLOCK];
        float limit = Float.POSITIVE_INFINITY;
        int first = from / FloatColumns.BLOCK;
        int blocks = (to - 1) / FloatColumns.BLOCK - first + 1;
        int start = near >= from && near < to ? near / FloatColumns.BLOCK - first : 0;
        for (int round = 0; round < blocks; round++) {
            int b = first + (start + round) % blocks;
            int base = b * FloatColumns.BLOCK;
            int n = Math.min(FloatColumns.BLOCK, columns.size() - base);
            Arrays.fill(distance, 0, n, 0f);
            for (int j = 0; j < dims.length; j++) {
                accumulate(columns, dims[j], b, n, shares[j], own[j], distance);
            }
            int lo = Math.max(from - base, 0);
            int hi = Math.min(to - base, n);
            // With gaps the distance is the sum over the compared share, which is at most 1 (the margin covers its
            // rounding), so the sum alone rejects most buurten in one compare; the compared share is worked out
            // only for the few that pass it. While fewer than k are found the limit is infinite; a buurt sharing
            // nothing (compared 0) then gives NaN and is passed over, as it must.
            for (int i = next(distance, lo, hi, limit + SLACK); i < hi; i = next(distance, i + 1, hi, limit + SLACK)) {
                if (!gaps) {
                    limit = offer(best, base + i, exact, limit);
                } else {
                    float compared = coverage.compared(base + i);
                    if (distance[i] <= limit * compared + SLACK && compared >= minimumShare - SLACK) {
                        limit = offer(best, base + i, exact, limit);
                    }
                }
            }
        }
        return best;
    }

    /** The first i from {@code from} whose sum is within the bound, or {@code to}: a tight loop, no call inside. */
    private static int next(float[] distance, int from, int to, float bound) {
        int i = from;
        while (i < to && !(distance[i] <= bound)) {
            i++;
        }
        return i;
    }

    /** Ranks buurt {@code row} exactly; answers the new limit (the k-th best distance once k are found). */
    private static float offer(TopK best, int row, Exact exact, float limit) {
        double similarity = exact.similarity(row);
        if (similarity == similarity && best.accepts(similarity, row)) {
            best.add(similarity, row);
            if (best.isFull()) {
                return (float) (1 - best.worstSimilarity());
            }
        }
        return limit;
    }

    /**
     * One column's weighted terms into a block's sums; a missing value (present 0) adds nothing. Four
     * plain loops rather than one with tests inside, so that each is vectorised.
     */
    private static void accumulate(FloatColumns columns, int d, int b, int n, float share, float own,
                                   float[] distance) {
        float[] values = columns.block(d, b);
        float[] present = columns.presentBlock(d, b);
        boolean categorical = columns.categorical(d);
        if (present == null && !categorical) {
            for (int i = 0; i < n; i++) {
                distance[i] += share * Math.abs(own - values[i]);
            }
        } else if (present == null) {
            for (int i = 0; i < n; i++) {
                distance[i] += share * Math.min(1f, Math.abs(own - values[i]));
            }
        } else if (!categorical) {
            for (int i = 0; i < n; i++) {
                distance[i] += share * present[i] * Math.abs(own - values[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                distance[i] += share * present[i] * Math.min(1f, Math.abs(own - values[i]));
            }
        }
    }

    private TopKScan() {
    }
}
