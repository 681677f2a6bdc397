package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typologies over categorical dimensions: Gower's match in the medoid search, category shares in the portrait. */
class MixedDataTypologyTest {

    @Test
    void aCategoryCountsAsMatchOrMismatchWhateverItsIndex() {
        DenseClusteringSpace space = space(new double[]{0.0, 0.1, 0.0}, new double[]{0, 0, 2});
        assertEquals((0.1 + 0) / 2, space.distance(0, 1), 1e-12);
        assertEquals((0 + 1) / 2.0, space.distance(0, 2), 1e-12, "levels 0 and 2 differ by 1, not by 2");
    }

    @Test
    void buurtenSharingACategoryAreTypedTogetherAndThePortraitShowsItsShare() {
        // Two groups alike on the number, told apart only by their category.
        int n = 40;
        double[] number = new double[n];
        double[] category = new double[n];
        for (int i = 0; i < n; i++) {
            number[i] = 0.5 + (i % 5) * 0.01;
            category[i] = i < n / 2 ? 0 : 1;
        }
        DenseClusteringSpace space = space(number, category);
        Clustering clustering = Clara.cluster(space, 2, 7, new ClaraSettings(3, 30, 200), Progress.NONE);
        for (int i = 1; i < n; i++) {
            assertEquals(i < n / 2, clustering.clusterOf(i) == clustering.clusterOf(0), "item " + i);
        }
        assertNotEquals(clustering.clusterOf(0), clustering.clusterOf(n - 1));
        PenPortrait portrait = PenPortrait.of(space, clustering, clustering.clusterOf(0));
        DimensionProfile strategy = portrait.dimensions().get(1);
        assertEquals("aandeel warmtestrategie warmtenet", strategy.label());
        assertEquals(1.0, strategy.typeMean(), 1e-12);
        assertEquals(0.5, strategy.nationalMean(), 1e-12);
        assertTrue(portrait.distinguishing().get(0).contains("aandeel warmtestrategie warmtenet"),
                portrait.distinguishing().toString());
    }

    private static DenseClusteringSpace space(double[] number, double[] category) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < number.length; i++) {
            codes.add("BU%08d".formatted(i));
        }
        return new DenseClusteringSpace(codes, List.of("DICHTHEID", "WARMTESTRATEGIE"),
                List.of("dichtheid", "warmtestrategie"), new double[][]{number, category}, new double[]{1, 1},
                new DimensionKind[]{DimensionKind.NUMERIC, DimensionKind.CATEGORICAL},
                List.of(List.of(), List.of("warmtenet", "all-electric", "hybride")));
    }
}
