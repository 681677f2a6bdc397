package nl.schaalsprong.typology.domain.typology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What sets a type apart, as the UK Output Area Classification describes its clusters: per dimension the type's
 * mean against the national mean, and in words the (up to) three dimensions on which it differs most.
 *
 * @param size           buurten of this type
 * @param dimensions     one profile per dimension, in the space's dimension order
 * @param distinguishing up to three sentences, most distinguishing first
 */
public record PenPortrait(int size, List<DimensionProfile> dimensions, List<String> distinguishing) {

    static final int DISTINGUISHING = 3;

    public PenPortrait {
        if (size < 1) {
            throw new IllegalArgumentException("a type has at least one buurt");
        }
        dimensions = List.copyOf(dimensions);
        distinguishing = List.copyOf(distinguishing);
        if (distinguishing.size() > DISTINGUISHING) {
            throw new IllegalArgumentException("at most " + DISTINGUISHING + " distinguishing dimensions");
        }
    }

    /** The portrait of cluster {@code cluster} against the means of the whole space. */
    public static PenPortrait of(ClusteringSpace space, Clustering clustering, int cluster) {
        List<DimensionProfile> profiles = new ArrayList<>(space.dimensions());
        for (int d = 0; d < space.dimensions(); d++) {
            profiles.add(DimensionProfile.of(space.dimensionName(d), space.dimensionLabel(d), space.direction(d),
                    mean(space, clustering, cluster, d), mean(space, clustering, -1, d)));
        }
        PenPortrait unworded = new PenPortrait(clustering.clusterSizes()[cluster], profiles, List.of());
        return new PenPortrait(unworded.size(), profiles, unworded.byDistinctness().stream().limit(DISTINGUISHING)
                .map(DimensionProfile::sentence).toList());
    }

    /**
     * The dimensions as a label names them, most distinct first: each phrase such as "bevolkingsdichtheid veel hoger
     * dan gemiddeld". Equally distinct dimensions keep the space's order (the sort is stable).
     */
    List<DimensionProfile> byDistinctness() {
        return dimensions.stream().filter(p -> p.difference() != null)
                .sorted(Comparator.comparingDouble(DimensionProfile::distinctness).reversed()).toList();
    }

    /** Unweighted by population on purpose: a type is a kind of buurt, and every buurt counts once. */
    private static double mean(ClusteringSpace space, Clustering clustering, int cluster, int d) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < space.size(); i++) {
            double v = space.value(i, d);
            if ((cluster < 0 || clustering.clusterOf(i) == cluster) && !Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
