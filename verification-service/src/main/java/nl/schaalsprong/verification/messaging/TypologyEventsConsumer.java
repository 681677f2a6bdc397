package nl.schaalsprong.verification.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.inbox.CountsDeadLetters;
import nl.schaalsprong.platform.inbox.EventConsumer;
import nl.schaalsprong.platform.inbox.EventConsumers;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Wakes the lessons that wait for figures when typology-service says figures changed: two declarations on platform's
 * typed consumer, both claimed under {@code figures}. Waking twice does no harm, but the claim keeps a redelivered
 * import of thousands of buurten from waking them all again. Other typology events (a typology published) are not
 * ours; a record that is no CloudEvent or names no buurt goes to {@code schaalsprong.typology.dlq}.
 */
@ApplicationScoped
public class TypologyEventsConsumer {

    /** The idempotent-consumer name under which waking claims events. */
    static final String FIGURES = "figures";

    private final EventConsumers consumers;
    private final EventConsumer<BuurtCode> neighbourhoods;
    private final EventConsumer<String> bases;

    public TypologyEventsConsumer(EventConsumers consumers, TypologyChanges changes) {
        this.consumers = consumers;
        this.neighbourhoods = consumers.declare(FIGURES, NeighbourhoodChanged.class)
                .on(ConsumedEvents.NEIGHBOURHOOD_CHANGED)
                .reading((event, changed) -> new BuurtCode(changed.code()))
                .applying((event, buurt) -> changes.buurtChanged(buurt));
        this.bases = consumers.declare(FIGURES, ComparabilityBasisPublished.class)
                .on(ConsumedEvents.BASIS_PUBLISHED)
                .reading((event, published) -> published.name())
                .applying((event, basis) -> changes.basisPublished(basis));
    }

    @CountsDeadLetters
    @Incoming("typology-events")
    @Blocking
    public void consume(String record) {
        // Read once (an import sends some 13,000 of these); each declaration passes over the other's event type.
        CloudEvent event = consumers.read(record);
        neighbourhoods.consume(event);
        bases.consume(event);
    }
}
