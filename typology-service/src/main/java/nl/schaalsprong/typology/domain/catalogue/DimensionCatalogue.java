package nl.schaalsprong.typology.domain.catalogue;

import nl.schaalsprong.platform.domain.NotFoundException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every dimension buurten can be described and compared on, in a fixed order (the order of the snapshot's
 * columns). Immutable; built once at start-up from {@link StandardDimensions} and CBS's own variable list.
 */
public final class DimensionCatalogue {

    private final Map<DimensionKey, DimensionDefinition> byKey;
    private final Map<String, CbsVariable> cbsVariables;

    public DimensionCatalogue(List<DimensionDefinition> definitions, Map<String, CbsVariable> cbsVariables) {
        Map<DimensionKey, DimensionDefinition> map = new LinkedHashMap<>();
        for (DimensionDefinition definition : definitions) {
            if (map.put(definition.key(), definition) != null) {
                throw new IllegalArgumentException("dimension " + definition.key() + " is defined twice");
            }
        }
        this.byKey = map;
        this.cbsVariables = Map.copyOf(cbsVariables);
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

    /** What CBS says about a source figure (by key stem), if its variable list describes it. */
    public Optional<CbsVariable> cbsVariable(String stem) {
        return Optional.ofNullable(cbsVariables.get(stem));
    }
}
