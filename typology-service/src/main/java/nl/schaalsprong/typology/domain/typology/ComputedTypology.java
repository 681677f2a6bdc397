package nl.schaalsprong.typology.domain.typology;

import java.util.List;

/**
 * The outcome of a typology run: the clustering with clusters numbered as types (cluster c is type c + 1), the
 * silhouette of that clustering, and one pen portrait per type.
 *
 * @param silhouetteByK the estimated silhouette of every k tried, k = index + first tried k
 */
public record ComputedTypology(Clustering clustering, double silhouette, List<PenPortrait> portraits,
                               int firstK, List<Double> silhouetteByK) {

    public ComputedTypology {
        if (portraits.size() != clustering.k()) {
            throw new IllegalArgumentException("one pen portrait per type");
        }
        if (!(silhouette >= -1 && silhouette <= 1)) {
            throw new IllegalArgumentException("silhouette must lie in [-1,1], got " + silhouette);
        }
        portraits = List.copyOf(portraits);
        silhouetteByK = List.copyOf(silhouetteByK);
    }

    public int k() {
        return clustering.k();
    }
}
