package nl.schaalsprong.typology.figure.domain;

import nl.schaalsprong.typology.domain.basis.PinnedYear;
import nl.schaalsprong.typology.domain.catalogue.Derivation;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.Direction;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dimension catalogue as figures make it: every figure as a RAW dimension under its own key, every derived
 * dimension, and the settable attributes. Order (the snapshot's column order): the skeleton's five comparison
 * dimensions first as before, then the other derived dimensions and the figures by key, the attributes last.
 */
public final class FigureDimensions {

    private FigureDimensions() {
    }

    /** A derived dimension whose figures are gone or changed kind is left out rather than failing every search. */
    public static DimensionCatalogue catalogue(FigureCatalogue figures, List<DerivedDimension> derived) {
        return catalogue(figures, derived, List.of());
    }

    /**
     * As above, with a column for every figure-year a basis pins: the figure as a RAW dimension of that year alone,
     * keyed {@link PinnedYear#column}, titled with its year.
     */
    public static DimensionCatalogue catalogue(FigureCatalogue figures, List<DerivedDimension> derived,
                                               List<PinnedYear> pins) {
        Map<DimensionKey, DimensionDefinition> all = new LinkedHashMap<>();
        for (DerivedDimension dimension : derived) {
            try {
                all.put(dimension.key(), dimension.definition(figures));
            } catch (RuntimeException broken) {
                // see above
            }
        }
        for (Figure figure : figures.figures()) {
            all.putIfAbsent(figure.key(), raw(figure));
        }
        for (PinnedYear pin : pins) {
            figures.find(pin.figure()).ifPresent(figure -> all.putIfAbsent(pin.column(), pinned(figure, pin.year())));
        }
        List<DimensionDefinition> ordered = new ArrayList<>();
        for (DimensionKey key : StandardDimensions.SKELETON) {
            DimensionDefinition definition = all.remove(key);
            if (definition != null) {
                ordered.add(definition);
            }
        }
        all.values().stream().sorted(Comparator.comparing(DimensionDefinition::key)).forEach(ordered::add);
        ordered.addAll(StandardDimensions.assigned());
        return new DimensionCatalogue(ordered);
    }

    /**
     * A steward attribute (an ASSIGNED dimension) as a file reader checks it: a figure of its kind and levels, never
     * stored in the catalogue, so a bulk file's cells are checked exactly as a categorical figure's.
     */
    public static Figure attributeAsFigure(DimensionDefinition attribute) {
        if (!attribute.isAssigned()) {
            throw new IllegalArgumentException(attribute.key() + " is not a steward attribute");
        }
        return new Figure(attribute.key(), attribute.title(), attribute.unit(), attribute.description(),
                attribute.kind(), attribute.levels(), null, false, null, Aggregation.NOT_AGGREGATABLE, null,
                STEWARD);
    }

    /** Where steward attributes come from. */
    public static final nl.schaalsprong.typology.domain.catalogue.Provenance STEWARD =
            new nl.schaalsprong.typology.domain.catalogue.Provenance("datasteward", "steward attributes",
                    "n.v.t.", "Vastgesteld door de datasteward");

    /** A figure as a dimension on the values of one source year only. */
    public static DimensionDefinition pinned(Figure figure, int year) {
        DimensionDefinition raw = raw(figure);
        return new DimensionDefinition(PinnedYear.column(figure.key(), year), figure.title() + " (" + year + ")",
                raw.unit(), raw.description(), raw.kind(), Derivation.RAW,
                List.of(PinnedYear.column(figure.key(), year)), raw.levels(), raw.provenance(), raw.direction());
    }

    /** A figure as a dimension: compared as its kind says, on its own values. */
    public static DimensionDefinition raw(Figure figure) {
        return new DimensionDefinition(figure.key(), figure.title(), figure.unit(), figure.description(),
                figure.kind(), Derivation.RAW, List.of(figure.key()), figure.levels(), List.of(figure.source()),
                figure.moreEnd() == null ? Direction.HIGHER_MEANS_MORE : figure.moreEnd().direction());
    }
}
