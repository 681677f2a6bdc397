package nl.schaalsprong.typology.domain.typology;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClaraTest {

    /** Samples much smaller than the population, so the CLARA path (sample, PAM, assign all) is what is tested. */
    private static final ClaraSettings SMALL_SAMPLES = new ClaraSettings(5, 30, 200);

    @Test
    void findsThePlantedGroups() {
        DenseClusteringSpace space = PlantedSpaces.groups(4, 100, 7);

        Clustering clustering = Clara.cluster(space, 4, 42, SMALL_SAMPLES, Progress.NONE);

        assertPlantedGroupsRecovered(clustering, 4, 100);
    }

    @Test
    void plainPamWhenThePopulationFitsOneSample() {
        DenseClusteringSpace space = PlantedSpaces.groups(3, 20, 11);

        Clustering clustering = Clara.cluster(space, 3, 1, ClaraSettings.DEFAULT, Progress.NONE);

        assertPlantedGroupsRecovered(clustering, 3, 20);
    }

    @Test
    void theSameSeedGivesTheSameClustering() {
        DenseClusteringSpace space = PlantedSpaces.groups(4, 100, 3);

        Clustering first = Clara.cluster(space, 6, 99, SMALL_SAMPLES, Progress.NONE);
        Clustering second = Clara.cluster(space, 6, 99, SMALL_SAMPLES, Progress.NONE);

        assertEquals(first, second);
    }

    @Test
    void proposesThePlantedNumberOfTypesBySilhouette() {
        DenseClusteringSpace space = PlantedSpaces.groups(3, 100, 5);

        ComputedTypology typology = TypologyComputation.run(space, OptionalInt.empty(), 42, new KRange(2, 6),
                SMALL_SAMPLES, Progress.NONE);

        assertEquals(3, typology.k());
        assertEquals(5, typology.silhouetteByK().size());
        assertPlantedGroupsRecovered(typology.clustering(), 3, 100);
        // Well separated groups of ±0.05 around centres ≥ 0.4 apart: a silhouette near 1.
        assertEquals(0.9, typology.silhouette(), 0.08);
    }

    @Test
    void typesAreNumberedLargestFirst() {
        DenseClusteringSpace space = PlantedSpaces.groups(2, 30, 5);
        int[] medoids = {0, 40};
        int[] assignment = new int[60];
        for (int i = 40; i < 60; i++) {
            assignment[i] = 1;
        }
        // Cluster 0 has 40 items, cluster 1 has 20; swap them so the larger one comes second.
        int[] swapped = new int[60];
        for (int i = 0; i < 60; i++) {
            swapped[i] = 1 - assignment[i];
        }
        Clustering clustering = new Clustering(new int[]{medoids[1], medoids[0]}, swapped, new double[60], 0);

        Clustering numbered = TypologyComputation.numberTypes(space, clustering);

        assertEquals(40, numbered.clusterSizes()[0]);
        assertEquals(0, numbered.medoids()[0]);
        assertEquals(0, numbered.clusterOf(5));
        assertEquals(1, numbered.clusterOf(45));
    }

    @Test
    void progressRisesToOne() {
        DenseClusteringSpace space = PlantedSpaces.groups(3, 50, 5);
        double[] last = {0};
        TypologyComputation.run(space, OptionalInt.of(3), 42, new KRange(2, 3), SMALL_SAMPLES, fraction -> {
            if (fraction < last[0]) {
                throw new AssertionError("progress went back from " + last[0] + " to " + fraction);
            }
            last[0] = fraction;
        });
        assertEquals(1.0, last[0]);
    }

    @Test
    void refusesMoreTypesThanItems() {
        DenseClusteringSpace space = PlantedSpaces.line(0.1, 0.2, 0.3);
        assertThrows(IllegalArgumentException.class, () -> Clara.cluster(space, 4, 1, SMALL_SAMPLES, Progress.NONE));
    }

    @Test
    void anItemWithoutSharedDimensionsIsAsFarAsPossible() {
        DenseClusteringSpace space = new DenseClusteringSpace(java.util.List.of("a", "b"), java.util.List.of("X", "Y"),
                java.util.List.of("x", "y"), new double[][]{{0.2, Double.NaN}, {Double.NaN, 0.4}}, new double[]{1, 1});
        assertEquals(1.0, space.distance(0, 1));
    }

    @Test
    void theDistanceRenormalisesWeightsOverSharedDimensions() {
        DenseClusteringSpace space = new DenseClusteringSpace(java.util.List.of("a", "b"), java.util.List.of("X", "Y", "Z"),
                java.util.List.of("x", "y", "z"), new double[][]{{0.2, 0.6}, {0.0, 0.5}, {Double.NaN, 0.9}},
                new double[]{3, 1, 5});
        // (3 × 0.4 + 1 × 0.5) / (3 + 1); Z is missing on one side and left out.
        assertEquals(1.7 / 4, space.distance(0, 1), 1e-12);
    }

    /** Every planted group lies in one cluster, and no two groups share one. */
    private static void assertPlantedGroupsRecovered(Clustering clustering, int groups, int perGroup) {
        assertEquals(groups, clustering.k());
        Set<Integer> clustersUsed = new HashSet<>();
        for (int g = 0; g < groups; g++) {
            int cluster = clustering.clusterOf(g * perGroup);
            for (int i = g * perGroup; i < (g + 1) * perGroup; i++) {
                assertEquals(cluster, clustering.clusterOf(i), "item " + i + " of planted group " + g);
            }
            clustersUsed.add(cluster);
        }
        assertEquals(groups, clustersUsed.size(), "each planted group its own cluster");
    }
}
