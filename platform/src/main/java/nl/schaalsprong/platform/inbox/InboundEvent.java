package nl.schaalsprong.platform.inbox;

import nl.schaalsprong.platform.events.CloudEvent;
import org.jboss.logging.MDC;

/**
 * A consumed CloudEvent in a logging scope: while open, every log line carries the event's id and type, so
 * one event can be followed through every service's logs. Use with try-with-resources.
 */
public final class InboundEvent implements AutoCloseable {

    private final CloudEvent event;

    private InboundEvent(CloudEvent event) {
        this.event = event;
        MDC.put("ce_id", event.id());
        MDC.put("ce_type", event.type());
    }

    public static InboundEvent open(CloudEvent event) {
        return new InboundEvent(event);
    }

    public CloudEvent event() {
        return event;
    }

    @Override
    public void close() {
        MDC.remove("ce_id");
        MDC.remove("ce_type");
    }
}
