package nl.schaalsprong.typology.domain.typology;

import java.util.Arrays;

/**
 * A partition of a {@link ClusteringSpace} into k clusters around medoids (actual items, not averages).
 *
 * @param medoids    item index of each cluster's medoid, cluster c = position c
 * @param assignment cluster of each item
 * @param distances  each item's distance to its cluster's medoid
 * @param cost       mean of {@code distances}: what CLARA minimises
 */
public record Clustering(int[] medoids, int[] assignment, double[] distances, double cost) {

    public Clustering {
        if (medoids.length < 1 || assignment.length != distances.length || assignment.length < medoids.length) {
            throw new IllegalArgumentException("need at least one medoid and as many items as distances");
        }
        for (int c : assignment) {
            if (c < 0 || c >= medoids.length) {
                throw new IllegalArgumentException("assignment to unknown cluster " + c);
            }
        }
        medoids = medoids.clone();
        assignment = assignment.clone();
        distances = distances.clone();
    }

    public int k() {
        return medoids.length;
    }

    public int size() {
        return assignment.length;
    }

    /** Items per cluster. */
    public int[] clusterSizes() {
        int[] sizes = new int[k()];
        for (int c : assignment) {
            sizes[c]++;
        }
        return sizes;
    }

    @Override
    public int[] medoids() {
        return medoids.clone();
    }

    @Override
    public int[] assignment() {
        return assignment.clone();
    }

    @Override
    public double[] distances() {
        return distances.clone();
    }

    public int clusterOf(int item) {
        return assignment[item];
    }

    public double distanceOf(int item) {
        return distances[item];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clustering c && Arrays.equals(medoids, c.medoids)
                && Arrays.equals(assignment, c.assignment) && Arrays.equals(distances, c.distances);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(medoids) + Arrays.hashCode(assignment);
    }

    @Override
    public String toString() {
        return "Clustering[k=" + k() + ", items=" + size() + ", cost=" + cost + "]";
    }
}
