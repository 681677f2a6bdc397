package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Adapts the {@link ComparabilitySnapshot} to a {@link ClusteringSpace} on one comparability basis: the basis'
 * dimensions with its weights, each as the snapshot scaled it, so a typology groups buurten by the same distance
 * the comparable search ranks them by.
 */
public final class SnapshotClusteringSpace {

    private SnapshotClusteringSpace() {
    }

    /**
     * The snapshot's buurten that have at least one of the basis' dimensions: a buurt without any figure cannot be
     * typed, and would only sit at distance 1 from everything.
     *
     * Categorical dimensions take part as their level indexes, compared by match (Gower), as the search does.
     */
    public static DenseClusteringSpace of(ComparabilitySnapshot snapshot, List<DimensionWeight> basis,
                                          DimensionCatalogue catalogue) {
        List<DimensionDefinition> dimensions = basis.stream().map(w -> catalogue.require(w.column())).toList();
        List<Integer> kept = new ArrayList<>(snapshot.size());
        for (int i = 0; i < snapshot.size(); i++) {
            int buurt = i;
            if (dimensions.stream().anyMatch(d -> !Double.isNaN(snapshot.scaled(d.key(), buurt)))) {
                kept.add(i);
            }
        }
        double[][] values = new double[dimensions.size()][kept.size()];
        for (int d = 0; d < dimensions.size(); d++) {
            for (int k = 0; k < kept.size(); k++) {
                values[d][k] = snapshot.scaled(dimensions.get(d).key(), kept.get(k));
            }
        }
        return new DenseClusteringSpace(
                kept.stream().map(i -> snapshot.code(i).value()).toList(),
                dimensions.stream().map(d -> d.key().toString()).toList(),
                dimensions.stream().map(SnapshotClusteringSpace::label).toList(),
                dimensions.stream().map(DimensionDefinition::direction).toList(),
                values,
                basis.stream().mapToDouble(DimensionWeight::weight).toArray(),
                dimensions.stream().map(DimensionDefinition::kind).toArray(DimensionKind[]::new),
                dimensions.stream().map(d -> d.kind() == DimensionKind.CATEGORICAL ? d.levels() : List.<String>of())
                        .toList());
    }

    /** How a dimension reads in a pen portrait: its title, lower case, as in running Dutch text. */
    static String label(DimensionDefinition dimension) {
        String title = dimension.title();
        return title.isEmpty() ? dimension.key().toString() : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
