package nl.schaalsprong.typology.domain.typology;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SilhouetteTest {

    private static final int[] ALL_FOUR = {0, 1, 2, 3};

    @Test
    void matchesHandComputedValues() {
        DenseClusteringSpace space = PlantedSpaces.line(0.0, 0.2, 0.8, 1.0);
        Clustering clustering = Clara.assign(space, new int[]{0, 3});

        // 0.0: a = 0.2, b = (0.8 + 1.0) / 2 = 0.9, s = 0.7 / 0.9; 0.2: a = 0.2, b = (0.6 + 0.8) / 2 = 0.7,
        // s = 0.5 / 0.7; the other cluster mirrors these.
        double expected = (0.7 / 0.9 + 0.5 / 0.7) / 2;
        assertEquals(expected, Silhouette.over(space, clustering, ALL_FOUR), 1e-12);
    }

    @Test
    void aBadClusteringScoresBelowZero() {
        DenseClusteringSpace space = PlantedSpaces.line(0.0, 0.2, 0.8, 1.0);
        // {0.0, 0.8} and {0.2, 1.0}: each item is nearer the other cluster than its own.
        Clustering clustering = new Clustering(new int[]{0, 1}, new int[]{0, 1, 0, 1}, new double[4], 0);

        // 0.0: a = 0.8, b = (0.2 + 1.0) / 2 = 0.6, s = -0.2 / 0.8; 0.2: a = 0.8, b = (0.2 + 0.6) / 2 = 0.4,
        // s = -0.4 / 0.8; 0.8 and 1.0 mirror 0.2 and 0.0.
        assertEquals((-0.25 - 0.5) / 2, Silhouette.over(space, clustering, ALL_FOUR), 1e-12);
    }

    @Test
    void anItemAloneInItsClusterScoresZero() {
        DenseClusteringSpace space = PlantedSpaces.line(0.0, 0.2, 0.8, 1.0, 0.5);
        Clustering clustering = Clara.assign(space, new int[]{0, 3, 4});

        double pairs = (0.7 / 0.9 + 0.5 / 0.7) / 2;
        // The lone 0.5 adds 0 but counts; the others now also see the 0.5 cluster as a neighbour:
        // 0.0 → b = min(0.9, 0.5) = 0.5, s = 0.3 / 0.5; 0.2 → b = min(0.7, 0.3) = 0.3, s = 0.1 / 0.3.
        double withLone = 2 * (0.3 / 0.5 + 0.1 / 0.3) / 5;
        assertEquals(withLone, Silhouette.over(space, clustering, new int[]{0, 1, 2, 3, 4}), 1e-12);
        assertEquals(pairs, Silhouette.over(space, clustering, ALL_FOUR), 1e-12);
    }

    @Test
    void theEstimateOnASampleAsLargeAsThePopulationIsExact() {
        DenseClusteringSpace space = PlantedSpaces.groups(3, 20, 1);
        Clustering clustering = Clara.cluster(space, 3, 1, ClaraSettings.DEFAULT, Progress.NONE);
        int[] all = java.util.stream.IntStream.range(0, 60).toArray();

        assertEquals(Silhouette.over(space, clustering, all), Silhouette.estimate(space, clustering, 1000, 5), 1e-12);
        assertEquals(Silhouette.estimate(space, clustering, 30, 5), Silhouette.estimate(space, clustering, 30, 5));
    }
}
