package nl.schaalsprong.typology.service;

import nl.schaalsprong.typology.domain.basis.ComparabilityBasis;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.typology.ClusteringSpace;
import nl.schaalsprong.typology.domain.typology.KRange;
import nl.schaalsprong.typology.domain.typology.SnapshotClusteringSpace;
import nl.schaalsprong.typology.domain.typology.TypologyParameters;

/**
 * Which population a typology clusters, by comparability basis: the one place that maps a basis name to the
 * space the clustering runs in.
 */
@ApplicationScoped
public class TypologySpaces {

    private final ComparabilityIndex index;
    private final BasisService bases;

    public TypologySpaces(ComparabilityIndex index, BasisService bases) {
        this.index = index;
        this.bases = bases;
    }

    /** The space of {@code basis} as it is now: a run works on this copy while imports may swap the snapshot. */
    public ClusteringSpace spaceFor(String basis) {
        // "default" follows the programme's default basis; any other name is a basis of its own, at its latest
        // published version (drafts are never clustered on, for the same reason they are never searched with).
        ComparabilityBasis published;
        try {
            published = bases.forSearch(TypologyParameters.DEFAULT_BASIS.equals(basis) ? null : basis, null);
        } catch (NotFoundException unknown) {
            // The run request is fine as JSON but refers to no basis that can be clustered on: a rule, not a path.
            throw new RuleViolationException("comparability basis '" + basis + "' has no published version");
        }
        ComparabilitySnapshot snapshot = index.current();
        ClusteringSpace space = SnapshotClusteringSpace.of(snapshot, published.weights(), snapshot.catalogue());
        if (space.size() < KRange.LOWEST) {
            throw new ConflictException("there are " + space.size() + " buurten with figures; import the CBS "
                    + "buurten before making a typology");
        }
        return space;
    }
}
