package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.comparison.Contribution;

import java.util.List;

/**
 * A wijk or gemeente comparable to the asked one, as {@code ComparableBuurt} says it for buurten.
 *
 * @param differsMostOn    null when alike on every compared dimension
 * @param proeftuinBuurten how many of its buurten are marked as proeftuin: where success may lean on pilot conditions
 * @param contributions    null unless the comparison was asked to explain
 */
public record ComparableArea(String code, double similarity, int comparedDimensions, double missingWeight,
                             DimensionKey differsMostOn, int proeftuinBuurten, List<Contribution> contributions) {

    public ComparableArea {
        if (proeftuinBuurten < 0) {
            throw new IllegalArgumentException("a count of proeftuin buurten cannot be negative: " + proeftuinBuurten);
        }
        contributions = contributions == null ? null : List.copyOf(contributions);
    }
}
