package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.comparison.Contribution;

import java.util.List;

/**
 * A buurt found comparable to another, with why.
 *
 * @param similarity         in [0,1], 1 = identical on every compared dimension
 * @param comparedDimensions how many dimensions of the basis both buurten have values for
 * @param missingWeight      share of the basis' weight left out because a value was missing on either side
 * @param contributions      per dimension of the basis, largest difference first; missing dimensions last
 */
public record ComparableBuurt(BuurtCode code, String naam, String gemeenteNaam, double similarity,
                              int comparedDimensions, double missingWeight, List<Contribution> contributions) {

    public ComparableBuurt {
        contributions = List.copyOf(contributions);
    }
}
