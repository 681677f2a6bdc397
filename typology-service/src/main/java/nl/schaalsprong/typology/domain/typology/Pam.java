package nl.schaalsprong.typology.domain.typology;

/**
 * Partitioning Around Medoids (Kaufman and Rousseeuw) on a small set of items with a precomputed distance
 * matrix: a greedy BUILD, then best-improvement SWAPs until no swap lowers the total distance. Deterministic:
 * ties go to the lower index.
 */
final class Pam {

    /** Safety net only: PAM converges long before this on real data. */
    private static final int MAX_SWAPS = 500;
    private static final double IMPROVEMENT = 1e-12;

    private Pam() {
    }

    /**
     * @param distance symmetric s×s matrix
     * @param k        medoids wanted, 1..s
     * @return k indices into the matrix
     */
    static int[] medoids(double[][] distance, int k) {
        int s = distance.length;
        if (k < 1 || k > s) {
            throw new IllegalArgumentException("k must be 1.." + s + ", got " + k);
        }
        int[] medoids = build(distance, k);
        boolean[] isMedoid = new boolean[s];
        for (int m : medoids) {
            isMedoid[m] = true;
        }
        double[] nearest = new double[s];
        double[] second = new double[s];
        int[] nearestMedoid = new int[s];
        for (int swaps = 0; swaps < MAX_SWAPS; swaps++) {
            nearestTwo(distance, medoids, nearest, second, nearestMedoid);
            double bestDelta = -IMPROVEMENT;
            int bestOut = -1;
            int bestIn = -1;
            for (int out = 0; out < k; out++) {
                for (int in = 0; in < s; in++) {
                    if (isMedoid[in]) {
                        continue;
                    }
                    double delta = swapDelta(distance, out, in, nearest, second, nearestMedoid);
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        bestOut = out;
                        bestIn = in;
                    }
                }
            }
            if (bestOut < 0) {
                break;
            }
            isMedoid[medoids[bestOut]] = false;
            isMedoid[bestIn] = true;
            medoids[bestOut] = bestIn;
        }
        return medoids;
    }

    /** Greedy start: the most central item, then each time the item that lowers the total distance most. */
    private static int[] build(double[][] distance, int k) {
        int s = distance.length;
        int[] medoids = new int[k];
        double[] nearest = new double[s];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        boolean[] chosen = new boolean[s];
        for (int m = 0; m < k; m++) {
            int best = -1;
            double bestTotal = Double.POSITIVE_INFINITY;
            for (int candidate = 0; candidate < s; candidate++) {
                if (chosen[candidate]) {
                    continue;
                }
                double total = 0;
                for (int j = 0; j < s; j++) {
                    total += Math.min(nearest[j], distance[candidate][j]);
                }
                if (total < bestTotal) {
                    bestTotal = total;
                    best = candidate;
                }
            }
            medoids[m] = best;
            chosen[best] = true;
            for (int j = 0; j < s; j++) {
                nearest[j] = Math.min(nearest[j], distance[best][j]);
            }
        }
        return medoids;
    }

    private static void nearestTwo(double[][] distance, int[] medoids, double[] nearest, double[] second,
                                   int[] nearestMedoid) {
        for (int j = 0; j < distance.length; j++) {
            double d1 = Double.POSITIVE_INFINITY;
            double d2 = Double.POSITIVE_INFINITY;
            int m1 = -1;
            for (int m = 0; m < medoids.length; m++) {
                double d = distance[medoids[m]][j];
                if (d < d1) {
                    d2 = d1;
                    d1 = d;
                    m1 = m;
                } else if (d < d2) {
                    d2 = d;
                }
            }
            nearest[j] = d1;
            second[j] = d2;
            nearestMedoid[j] = m1;
        }
    }

    /**
     * Change in total distance if medoid {@code out} is replaced by item {@code in}: an item served by {@code out}
     * moves to {@code in} or its second-nearest medoid; any other item moves to {@code in} only if that is closer.
     */
    private static double swapDelta(double[][] distance, int out, int in, double[] nearest, double[] second,
                                    int[] nearestMedoid) {
        double[] fromIn = distance[in];
        double delta = 0;
        for (int j = 0; j < fromIn.length; j++) {
            double d = fromIn[j];
            if (nearestMedoid[j] == out) {
                delta += Math.min(d, second[j]) - nearest[j];
            } else if (d < nearest[j]) {
                delta += d - nearest[j];
            }
        }
        return delta;
    }
}
