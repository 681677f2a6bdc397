package nl.schaalsprong.typology.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.imports.BuurtRevision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes {@code neighbourhood.changed.v1} to the outbox, one event per changed buurt (keyed by its code, so a
 * consumer sees each buurt's changes in order), in the transaction that made the change.
 */
@ApplicationScoped
public class NeighbourhoodEvents {

    private final Outbox outbox;
    private final Clock clock;

    public NeighbourhoodEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A steward set {@code key} of {@code code} to a new value. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attributeSet(BuurtCode code, DimensionKey key, AttributeValue value, String by, OffsetDateTime at) {
        outbox.append(TypologyEvents.NEIGHBOURHOOD_CHANGED, code.value(), new NeighbourhoodChanged(code.value(),
                NeighbourhoodChanged.ATTRIBUTE_SET, List.of(key.value()), Map.of(key.value(), value.shown()), by, at));
    }

    /**
     * An import created or changed these buurten. A first import of the national file writes one event per buurt
     * (about 13,800): a consumer that keeps buurt data needs each, and the relay publishes them in batches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void importChanged(UUID importId, List<BuurtRevision> revisions) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = "import " + importId;
        Map<String, NeighbourhoodChanged> events = new LinkedHashMap<>();
        for (BuurtRevision revision : revisions) {
            String code = revision.code().value();
            events.put(code, new NeighbourhoodChanged(code, NeighbourhoodChanged.IMPORT,
                    List.copyOf(revision.changed().keySet()), revision.changed(), by, now));
        }
        outbox.appendAll(TypologyEvents.NEIGHBOURHOOD_CHANGED, events);
    }
}
