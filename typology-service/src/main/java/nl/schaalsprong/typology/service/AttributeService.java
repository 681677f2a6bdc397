package nl.schaalsprong.typology.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.typology.messaging.NeighbourhoodEvents;
import nl.schaalsprong.typology.domain.catalogue.AssignedValue;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Setting the values of catalogue dimensions that no statistic holds, per buurt. */
@ApplicationScoped
public class AttributeService {

    private final NeighbourhoodStore neighbourhoods;
    private final AttributeStore attributes;
    private final ComparabilityIndex index;
    private final NeighbourhoodEvents events;
    private final Clock clock;
    private final IndexVersion versions;

    public AttributeService(NeighbourhoodStore neighbourhoods, AttributeStore attributes, ComparabilityIndex index,
                            NeighbourhoodEvents events, Clock clock, IndexVersion versions) {
        this.versions = versions;
        this.neighbourhoods = neighbourhoods;
        this.attributes = attributes;
        this.index = index;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the value against the dimension (kind, levels; only ASSIGNED dimensions can be set), stores it and
     * records a neighbourhood.changed event in one transaction; after the commit the comparability snapshot is
     * rebuilt, so the next search already sees the value. Setting the value a buurt already has changes nothing
     * and emits nothing.
     */
    public AssignedValue set(BuurtCode code, DimensionKey key, String rawValue, String by) {
        DimensionDefinition dimension = index.catalogue().require(key);
        AttributeValue value = dimension.parse(rawValue);
        boolean changed = QuarkusTransaction.requiringNew().call(() -> store(code, key, value, by));
        if (changed) {
            index.changed();
        }
        return attributes.of(code).stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
    }

    private boolean store(BuurtCode code, DimensionKey key, AttributeValue value, String by) {
        if (neighbourhoods.find(code).isEmpty()) {
            throw new NotFoundException("buurt", code);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean changed = attributes.put(code, key, value, by, now);
        if (changed) {
            events.attributeSet(code, key, value, by, now);
            versions.raise();
        }
        return changed;
    }
}
