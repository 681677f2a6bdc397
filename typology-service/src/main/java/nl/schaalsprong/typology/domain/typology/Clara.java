package nl.schaalsprong.typology.domain.typology;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * k-medoids for a whole population by CLARA (Clustering LARge Applications, Kaufman and Rousseeuw): PAM on
 * several seeded samples, every item assigned to the nearest medoid of each sample's solution, and the solution
 * with the lowest mean distance over all items kept. Each next sample starts from the best medoids so far, so
 * the search refines instead of starting over.
 *
 * <p>Why k-medoids and not k-means: the distance is Gower-style (weighted mean absolute difference, missing
 * dimensions left out and weights renormalised), which a mean-based update does not minimise and which lets
 * buurten with missing figures take part without imputing anything. A medoid is also a real buurt, so every
 * type has a concrete example to show. Why CLARA and not plain PAM: PAM needs the full n×n distance matrix
 * (13,817² doubles ≈ 1.5 GB) and quadratic swaps over it; CLARA needs only a sample² matrix plus n·k distances
 * per sample, which runs in well under a second on the national file.
 *
 * <p>Deterministic: the same space, k, seed and settings give the same clustering (java.util.SplittableRandom
 * has a specified algorithm; ties go to the lower index).
 */
public final class Clara {

    private Clara() {
    }

    public static Clustering cluster(ClusteringSpace space, int k, long seed, ClaraSettings settings,
                                     Progress progress) {
        int n = space.size();
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be 1.." + n + ", got " + k);
        }
        // A sample must hold comfortably more items than medoids, or PAM has nothing to choose between.
        int sampleSize = Math.min(n, Math.max(settings.sampleSize(), 40 + 2 * k));
        int samples = sampleSize == n ? 1 : settings.samples();
        SplittableRandom random = new SplittableRandom(seed);
        int[] permutation = identity(n);
        Clustering best = null;
        for (int round = 0; round < samples; round++) {
            int[] sample = draw(random, permutation, sampleSize, best == null ? new int[0] : best.medoids());
            int[] local = Pam.medoids(distances(space, sample), k);
            int[] medoids = new int[k];
            for (int c = 0; c < k; c++) {
                medoids[c] = sample[local[c]];
            }
            Clustering candidate = assign(space, medoids);
            if (best == null || candidate.cost() < best.cost()) {
                best = candidate;
            }
            progress.report((round + 1) / (double) samples);
        }
        return best;
    }

    /**
     * Every item to its nearest medoid (ties to the lower cluster); a medoid always to its own cluster, so no
     * cluster is empty even when two medoids have identical values.
     */
    public static Clustering assign(ClusteringSpace space, int[] medoids) {
        int n = space.size();
        int[] assignment = new int[n];
        double[] distances = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int nearest = 0;
            double nearestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < medoids.length; c++) {
                double d = medoids[c] == i ? -1 : space.distance(i, medoids[c]);
                if (d < nearestDistance) {
                    nearestDistance = d;
                    nearest = c;
                }
            }
            assignment[i] = nearest;
            distances[i] = Math.max(0, nearestDistance);
            total += distances[i];
        }
        return new Clustering(medoids, assignment, distances, total / n);
    }

    /** The carried-over medoids plus fresh random items, distinct, in index order. */
    private static int[] draw(SplittableRandom random, int[] permutation, int size, int[] carried) {
        boolean[] taken = new boolean[permutation.length];
        int[] sample = new int[size];
        int filled = 0;
        for (int m : carried) {
            taken[m] = true;
            sample[filled++] = m;
        }
        // Partial Fisher-Yates over the running permutation: uniform without replacement, O(size) per draw.
        for (int position = 0; filled < size; position++) {
            int swap = position + random.nextInt(permutation.length - position);
            int item = permutation[swap];
            permutation[swap] = permutation[position];
            permutation[position] = item;
            if (!taken[item]) {
                taken[item] = true;
                sample[filled++] = item;
            }
        }
        Arrays.sort(sample);
        return sample;
    }

    private static double[][] distances(ClusteringSpace space, int[] sample) {
        int s = sample.length;
        double[][] matrix = new double[s][s];
        for (int a = 0; a < s; a++) {
            for (int b = a + 1; b < s; b++) {
                double d = space.distance(sample[a], sample[b]);
                matrix[a][b] = d;
                matrix[b][a] = d;
            }
        }
        return matrix;
    }

    private static int[] identity(int n) {
        int[] items = new int[n];
        for (int i = 0; i < n; i++) {
            items[i] = i;
        }
        return items;
    }
}
