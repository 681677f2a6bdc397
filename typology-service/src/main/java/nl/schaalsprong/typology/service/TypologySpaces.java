package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.typology.domain.typology.ClusteringSpace;
import nl.schaalsprong.typology.domain.typology.KRange;
import nl.schaalsprong.typology.domain.typology.SnapshotClusteringSpace;
import nl.schaalsprong.typology.domain.typology.TypologyParameters;
import nl.schaalsprong.typology.domain.typology.UnknownBasisException;

/**
 * Which population a typology clusters, by comparability basis. Only the built-in basis exists today (the five
 * equally weighted dimensions of the comparability snapshot); when versioned bases arrive, this is the one place
 * that maps a basis name to its space.
 */
@ApplicationScoped
public class TypologySpaces {

    private final ComparabilityIndex index;

    public TypologySpaces(ComparabilityIndex index) {
        this.index = index;
    }

    /** The space of {@code basis} as it is now: a run works on this copy while imports may swap the snapshot. */
    public ClusteringSpace spaceFor(String basis) {
        if (!TypologyParameters.DEFAULT_BASIS.equals(basis)) {
            throw new UnknownBasisException(basis);
        }
        ClusteringSpace space = SnapshotClusteringSpace.of(index.current());
        if (space.size() < KRange.LOWEST) {
            throw new ConflictException("there are " + space.size() + " buurten with figures; import the CBS "
                    + "buurten before making a typology");
        }
        return space;
    }
}
