package nl.schaalsprong.typology.domain.typology;

import java.util.SplittableRandom;

/**
 * The silhouette (Rousseeuw 1987) of a clustering: per item s = (b − a) / max(a, b), with a its mean distance to
 * the other items of its cluster and b the smallest mean distance to the items of another cluster; the mean over
 * items says how well separated the clusters are (1 good, 0 overlapping, below 0 wrong). Exact silhouette over
 * 13,817 buurten needs ~95 million distances per k, so it is estimated on a seeded sample.
 */
public final class Silhouette {

    private Silhouette() {
    }

    /** The mean silhouette over a seeded random sample of {@code sampleSize} items (all items if fewer). */
    public static double estimate(ClusteringSpace space, Clustering clustering, int sampleSize, long seed) {
        int n = clustering.size();
        int[] items = new int[n];
        for (int i = 0; i < n; i++) {
            items[i] = i;
        }
        int m = Math.min(n, sampleSize);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(n - i);
            int t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
        return over(space, clustering, java.util.Arrays.copyOf(items, m));
    }

    /**
     * The mean silhouette of {@code items}, each measured against the other given items only. An item alone in
     * its cluster (among the given items) scores 0, as Rousseeuw defines it.
     */
    public static double over(ClusteringSpace space, Clustering clustering, int[] items) {
        if (items.length == 0) {
            throw new IllegalArgumentException("need at least one item");
        }
        int k = clustering.k();
        int[] members = new int[k];
        for (int i : items) {
            members[clustering.clusterOf(i)]++;
        }
        double total = 0;
        double[] sums = new double[k];
        for (int i : items) {
            java.util.Arrays.fill(sums, 0);
            for (int j : items) {
                if (j != i) {
                    sums[clustering.clusterOf(j)] += space.distance(i, j);
                }
            }
            int own = clustering.clusterOf(i);
            if (members[own] <= 1) {
                continue;
            }
            double a = sums[own] / (members[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && members[c] > 0) {
                    b = Math.min(b, sums[c] / members[c]);
                }
            }
            double larger = Math.max(a, b);
            if (b != Double.POSITIVE_INFINITY && larger > 0) {
                total += (b - a) / larger;
            }
        }
        return total / items.length;
    }
}
