package nl.schaalsprong.typology.figure.domain;

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

    /** A figure as a dimension: compared as its kind says, on its own values. */
    public static DimensionDefinition raw(Figure figure) {
        return new DimensionDefinition(figure.key(), figure.title(), figure.unit(), figure.description(),
                figure.kind(), Derivation.RAW, List.of(figure.key()), figure.levels(), List.of(figure.source()),
                figure.moreEnd() == null ? Direction.HIGHER_MEANS_MORE : figure.moreEnd().direction());
    }
}
