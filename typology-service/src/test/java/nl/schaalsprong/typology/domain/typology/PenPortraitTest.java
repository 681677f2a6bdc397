package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.typology.domain.catalogue.Direction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PenPortraitTest {

    /** Four items on four dimensions; type 0 = items 0 and 1, type 1 = items 2 and 3. */
    private static final DenseClusteringSpace SPACE = new DenseClusteringSpace(
            List.of("a", "b", "c", "d"), List.of("DICHTHEID", "KINDEREN", "OUDEREN", "LEEG"),
            List.of("bevolkingsdichtheid", "aandeel huishoudens met kinderen", "aandeel 65-plussers", "leeg"),
            new double[][]{
                    {0.9, 0.7, 0.2, 0.2},        // national 0.5, type 0: 0.8 (+0.3)
                    {0.3, 0.4, 0.5, 0.4},        // national 0.4, type 0: 0.35 (-0.05)
                    {0.1, Double.NaN, 0.5, 0.4}, // national 1.0/3, type 0: 0.1 (-0.2333)
                    {Double.NaN, Double.NaN, Double.NaN, Double.NaN}},
            new double[]{1, 1, 1, 1});
    private static final Clustering CLUSTERING = new Clustering(new int[]{0, 2}, new int[]{0, 0, 1, 1},
            new double[4], 0);

    @Test
    void comparesEachDimensionWithTheNationalMean() {
        PenPortrait portrait = PenPortrait.of(SPACE, CLUSTERING, 0);

        assertEquals(2, portrait.size());
        DimensionProfile dichtheid = portrait.dimensions().get(0);
        assertEquals(0.8, dichtheid.typeMean(), 1e-12);
        assertEquals(0.5, dichtheid.nationalMean(), 1e-12);
        assertEquals(0.3, dichtheid.difference(), 1e-12);
        assertEquals("veel hoger dan gemiddeld", dichtheid.wording());
        assertEquals(-0.2333333333, portrait.dimensions().get(2).difference(), 1e-9);
        assertNull(portrait.dimensions().get(3).typeMean(), "nobody has this figure");
        assertNull(portrait.dimensions().get(3).difference());
    }

    @Test
    void namesTheThreeMostDistinguishingDimensionsInWords() {
        PenPortrait portrait = PenPortrait.of(SPACE, CLUSTERING, 0);

        assertEquals(List.of("veel hoger dan gemiddeld: bevolkingsdichtheid", "lager dan gemiddeld: aandeel 65-plussers",
                "rond het gemiddelde: aandeel huishoudens met kinderen"), portrait.distinguishing());
        assertEquals(List.of("Type 1: bevolkingsdichtheid veel hoger dan gemiddeld, aandeel 65-plussers lager dan "
                + "gemiddeld", "Type 2: bevolkingsdichtheid veel lager dan gemiddeld, aandeel 65-plussers hoger dan "
                + "gemiddeld"), TypeLabels.of(List.of(portrait, PenPortrait.of(SPACE, CLUSTERING, 1)),
                List.of("BU00000001", "BU00000002")));
    }

    /**
     * CBS stedelijkheid runs from 1 (zeer sterk stedelijk) to 5 (niet stedelijk): a type of rural buurten has high
     * values, and must read as less urban, not as "veel hoger".
     */
    @Test
    void wordsAnOrdinalInItsOwnDirection() {
        DenseClusteringSpace space = new DenseClusteringSpace(List.of("stad", "dorp", "stad2", "dorp2"),
                List.of("STEDELIJKHEID", "DICHTHEID"), List.of("mate van stedelijkheid", "bevolkingsdichtheid"),
                List.of(Direction.HIGHER_MEANS_LESS, Direction.HIGHER_MEANS_MORE),
                new double[][]{{0.0, 1.0, 0.0, 1.0}, {0.9, 0.1, 0.9, 0.1}}, new double[]{1, 1});
        Clustering byUrbanity = new Clustering(new int[]{0, 1}, new int[]{0, 1, 0, 1}, new double[4], 0);

        PenPortrait rural = PenPortrait.of(space, byUrbanity, 1);
        DimensionProfile stedelijkheid = rural.dimensions().get(0);
        assertEquals(0.5, stedelijkheid.difference(), 1e-12, "the difference stays on CBS's own scale");
        assertEquals("veel lager dan gemiddeld", stedelijkheid.wording(), "class 5 is less urban");
        assertEquals(Direction.HIGHER_MEANS_LESS, stedelijkheid.direction());
        assertEquals("veel lager dan gemiddeld: mate van stedelijkheid", rural.distinguishing().get(0));
        assertEquals("veel hoger dan gemiddeld: mate van stedelijkheid",
                PenPortrait.of(space, byUrbanity, 0).distinguishing().get(0), "class 1 is more urban");
        assertEquals("veel lager dan gemiddeld", rural.dimensions().get(1).wording(), "density keeps its direction");
    }

    @Test
    void aPortraitStoredBeforeDirectionsReadsAsHigherMeansMore() {
        assertEquals(Direction.HIGHER_MEANS_MORE,
                new DimensionProfile("X", "x", 0.5, 0.4, 0.1, "hoger dan gemiddeld", null).direction());
    }
}
