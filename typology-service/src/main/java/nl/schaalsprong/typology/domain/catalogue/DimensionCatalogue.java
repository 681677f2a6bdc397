package nl.schaalsprong.typology.domain.catalogue;

import nl.schaalsprong.platform.domain.NotFoundException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every dimension buurten can be described and compared on, in a fixed order (the order of the snapshot's
 * columns). Immutable: built with each comparability snapshot from the figure catalogue, the derived dimensions and
 * the attributes stewards set ({@link StandardDimensions}), so the dimensions a search sees always match the columns.
 */
public final class DimensionCatalogue {

    private final Map<DimensionKey, DimensionDefinition> byKey;

    public DimensionCatalogue(List<DimensionDefinition> definitions) {
        Map<DimensionKey, DimensionDefinition> map = new LinkedHashMap<>();
        for (DimensionDefinition definition : definitions) {
            if (map.put(definition.key(), definition) != null) {
                throw new IllegalArgumentException("dimension " + definition.key() + " is defined twice");
            }
        }
        this.byKey = map;
    }

    /** All definitions, in catalogue order. */
    public List<DimensionDefinition> definitions() {
        return new ArrayList<>(byKey.values());
    }

    public int size() {
        return byKey.size();
    }

    public Optional<DimensionDefinition> find(DimensionKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public DimensionDefinition require(DimensionKey key) {
        DimensionDefinition definition = byKey.get(key);
        if (definition == null) {
            throw new NotFoundException("dimension", key);
        }
        return definition;
    }

    public boolean contains(DimensionKey key) {
        return byKey.containsKey(key);
    }
}
