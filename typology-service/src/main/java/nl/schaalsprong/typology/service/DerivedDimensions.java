package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.figure.domain.DerivedDimension;
import nl.schaalsprong.typology.figure.service.FigureStore;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Defining dimensions over figures (a log scale, a share): stored, then searched on from the commit. */
@ApplicationScoped
public class DerivedDimensions {

    private final FigureStore figures;
    private final ComparabilityIndex index;
    private final Clock clock;

    public DerivedDimensions(FigureStore figures, ComparabilityIndex index, Clock clock) {
        this.figures = figures;
        this.index = index;
        this.clock = clock;
    }

    /** 422 when a figure is unknown or not numeric, or the key is taken. */
    @Transactional
    public DimensionDefinition define(DerivedDimension dimension, String by) {
        figures.define(dimension, by, OffsetDateTime.now(clock));
        index.replaceOnCommit();
        return dimension.definition(figures.catalogue());
    }
}
