package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.typology.domain.catalogue.Direction;

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
            profiles.add(space.kind(d) == nl.schaalsprong.typology.domain.catalogue.DimensionKind.CATEGORICAL
                    ? categoryShare(space, clustering, cluster, d)
                    : DimensionProfile.of(space.dimensionName(d), space.dimensionLabel(d), space.direction(d),
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

    /**
     * A category has no mean: a categorical dimension is portrayed by the share of the type's buurten (with a value)
     * in its most common level, against that level's share nationally, as "aandeel <label> <level>".
     */
    private static DimensionProfile categoryShare(ClusteringSpace space, Clustering clustering, int cluster, int d) {
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (int i = 0; i < space.size(); i++) {
            double v = space.value(i, d);
            if (clustering.clusterOf(i) == cluster && !Double.isNaN(v)) {
                counts.merge((int) v, 1, Integer::sum);
            }
        }
        String label = "aandeel " + space.dimensionLabel(d);
        if (counts.isEmpty()) {
            return DimensionProfile.of(space.dimensionName(d), label, Direction.HIGHER_MEANS_MORE, Double.NaN, Double.NaN);
        }
        int mostCommon = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        return DimensionProfile.of(space.dimensionName(d), label + " " + space.level(d, mostCommon),
                Direction.HIGHER_MEANS_MORE, share(space, clustering, cluster, d, mostCommon), share(space, clustering, -1, d, mostCommon));
    }

    /** The share of the cluster's (or, with -1, all) buurten with a value on d that have level {@code level}. */
    private static double share(ClusteringSpace space, Clustering clustering, int cluster, int d, int level) {
        int with = 0;
        int matching = 0;
        for (int i = 0; i < space.size(); i++) {
            double v = space.value(i, d);
            if ((cluster < 0 || clustering.clusterOf(i) == cluster) && !Double.isNaN(v)) {
                with++;
                matching += v == level ? 1 : 0;
            }
        }
        return with == 0 ? Double.NaN : (double) matching / with;
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
