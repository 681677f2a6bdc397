package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.comparison.Contribution;

import java.util.List;

/**
 * A wijk or gemeente comparable to the asked one, as {@code ComparableBuurt} says it for buurten.
 *
 * @param differsMostOn null when alike on every compared dimension
 * @param contributions null unless the comparison was asked to explain
 */
public record ComparableArea(String code, double similarity, int comparedDimensions, double missingWeight,
                             DimensionKey differsMostOn, List<Contribution> contributions) {

    public ComparableArea {
        contributions = contributions == null ? null : List.copyOf(contributions);
    }
}
