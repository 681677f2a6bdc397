package nl.schaalsprong.typology.domain.typology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * A whole typology run as pure computation: cluster with CLARA for the requested k, or for every k in a range
 * keeping the one with the best silhouette; number the types; portray each. Same input, same output.
 */
public final class TypologyComputation {

    /** Mixed into the seed for the silhouette sample, so it is not the same draw as CLARA's first sample. */
    private static final long SILHOUETTE_SALT = 0x5111_0E77EL;

    private TypologyComputation() {
    }

    public static ComputedTypology run(ClusteringSpace space, OptionalInt k, long seed, KRange range,
                                       ClaraSettings settings, Progress progress) {
        List<Integer> ks = k.isPresent() ? List.of(k.getAsInt())
                : IntStream.rangeClosed(range.min(), range.max()).boxed().toList();
        for (int candidate : ks) {
            if (candidate < KRange.LOWEST || candidate > space.size()) {
                throw new IllegalArgumentException("cannot make " + candidate + " types of " + space.size()
                        + " buurten");
            }
        }
        Clustering best = null;
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        List<Double> silhouettes = new ArrayList<>(ks.size());
        for (int step = 0; step < ks.size(); step++) {
            int done = step;
            Clustering clustering = Clara.cluster(space, ks.get(step), seed, settings,
                    fraction -> progress.report((done + fraction) / ks.size()));
            double silhouette = Silhouette.estimate(space, clustering, settings.silhouetteSample(),
                    seed ^ SILHOUETTE_SALT);
            silhouettes.add(silhouette);
            // Strictly better only: at equal silhouette the smaller k wins, fewer types being easier to use.
            if (silhouette > bestSilhouette) {
                best = clustering;
                bestSilhouette = silhouette;
            }
        }
        Clustering numbered = numberTypes(space, best);
        List<PenPortrait> portraits = IntStream.range(0, numbered.k())
                .mapToObj(c -> PenPortrait.of(space, numbered, c)).toList();
        progress.report(1.0);
        return new ComputedTypology(numbered, bestSilhouette, portraits, ks.get(0), silhouettes);
    }

    /** Largest type first, equal sizes by medoid code: type numbers do not depend on the order CLARA found them. */
    static Clustering numberTypes(ClusteringSpace space, Clustering clustering) {
        int[] sizes = clustering.clusterSizes();
        int[] medoids = clustering.medoids();
        Integer[] order = IntStream.range(0, clustering.k()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(c -> -sizes[c])
                .thenComparing(c -> space.code(medoids[c])));
        int[] renumber = new int[order.length];
        int[] newMedoids = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            renumber[order[position]] = position;
            newMedoids[position] = medoids[order[position]];
        }
        int[] assignment = clustering.assignment();
        for (int i = 0; i < assignment.length; i++) {
            assignment[i] = renumber[assignment[i]];
        }
        return new Clustering(newMedoids, assignment, clustering.distances(), clustering.cost());
    }
}
