package nl.schaalsprong.typology.figure.domain;

import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

/** One stored value of a figure for a buurt, with the source year it describes. */
public record FigureValue(DimensionKey figure, int year, AttributeValue value) {
}
