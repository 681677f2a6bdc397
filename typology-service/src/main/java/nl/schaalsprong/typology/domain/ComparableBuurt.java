package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.comparison.Contribution;

import java.util.List;

/**
 * A buurt found comparable to another, with why.
 *
 * @param similarity         in [0,1], 1 = identical on every compared dimension
 * @param comparedDimensions how many dimensions of the basis both buurten have values for
 * @param missingWeight      share of the basis' weight left out because a value was missing on either side
 * @param differsMostOn      the dimension with the largest contribution; null when alike on all compared
 * @param proeftuin          whether this buurt is marked as proeftuin (PROEFTUIN_STATUS ja)
 * @param contributions      per dimension of the basis, largest difference first, missing dimensions last; null
 *                           when the search did not ask for explanations
 */
public record ComparableBuurt(BuurtCode code, String naam, String gemeenteNaam, double similarity,
                              int comparedDimensions, double missingWeight, DimensionKey differsMostOn,
                              boolean proeftuin, List<Contribution> contributions) {

    public ComparableBuurt {
        contributions = contributions == null ? null : List.copyOf(contributions);
    }

    public boolean explained() {
        return contributions != null;
    }
}
