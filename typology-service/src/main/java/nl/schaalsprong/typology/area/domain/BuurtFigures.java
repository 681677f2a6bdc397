package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

/**
 * What area comparison needs of the buurten: their codes and their values as the comparable search derives them
 * (before scaling). Deliberately narrow, so that however the buurt figures are stored, an adapter of a few lines
 * serves the areas.
 */
public interface BuurtFigures {

    int size();

    /** Buurt {@code i}'s code, e.g. {@code BU00141001}. */
    String code(int i);

    /** Buurt {@code i} on {@code dimension}: the number, or the level index; NaN when missing. */
    double raw(DimensionKey dimension, int i);

    /** Whether buurt {@code i} is marked as (part of) a proeftuin: an area holding one may show pilot bias. */
    boolean proeftuin(int i);
}
