package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.Dimension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Adapts today's {@link ComparabilitySnapshot} (five fixed dimensions, equal weights) to a {@link ClusteringSpace}.
 * When weighted comparability bases exist, an adapter from a basis replaces this one; the clustering stays as is.
 */
public final class SnapshotClusteringSpace {

    private static final Dimension[] DIMENSIONS = Dimension.values();

    private SnapshotClusteringSpace() {
    }

    /**
     * The snapshot's buurten that have at least one dimension: a buurt CBS published no figure for cannot be
     * typed, and would only sit at distance 1 from everything.
     */
    public static DenseClusteringSpace of(ComparabilitySnapshot snapshot) {
        List<Integer> kept = new ArrayList<>(snapshot.size());
        for (int i = 0; i < snapshot.size(); i++) {
            int buurt = i;
            if (Arrays.stream(DIMENSIONS).anyMatch(d -> !Double.isNaN(snapshot.scaled(d, buurt)))) {
                kept.add(i);
            }
        }
        double[][] values = new double[DIMENSIONS.length][kept.size()];
        for (int d = 0; d < DIMENSIONS.length; d++) {
            for (int k = 0; k < kept.size(); k++) {
                values[d][k] = snapshot.scaled(DIMENSIONS[d], kept.get(k));
            }
        }
        return new DenseClusteringSpace(
                kept.stream().map(i -> snapshot.code(i).value()).toList(),
                Arrays.stream(DIMENSIONS).map(Dimension::name).toList(),
                Arrays.stream(DIMENSIONS).map(SnapshotClusteringSpace::label).toList(),
                values,
                Arrays.stream(DIMENSIONS).mapToDouble(Dimension::weight).toArray());
    }

    /** How each dimension reads in a pen portrait; stedelijkheid names its CBS scale, where 1 is most urban. */
    static String label(Dimension dimension) {
        return switch (dimension) {
            case LOG_BEVOLKINGSDICHTHEID -> "bevolkingsdichtheid";
            case GEMIDDELDE_HUISHOUDENSGROOTTE -> "gemiddelde huishoudensgrootte";
            case AANDEEL_HUISHOUDENS_MET_KINDEREN -> "aandeel huishoudens met kinderen";
            case STEDELIJKHEID -> "stedelijkheidsklasse (1 = zeer sterk stedelijk, 5 = niet stedelijk)";
            case AANDEEL_65_PLUS -> "aandeel 65-plussers";
        };
    }
}
