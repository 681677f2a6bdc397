package nl.schaalsprong.platform.outbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The relay's producer must neither lose an acknowledged event (every in-sync replica has it: {@code acks=all}) nor
 * write one twice or out of order when it retries (the idempotent producer, at most 5 requests in flight). A service
 * whose {@code outbox} channel is configured otherwise refuses to start, rather than quietly weakening the guarantee.
 */
@ApplicationScoped
public class OutboxProducerGuarantees {

    static final String CHANNEL = "mp.messaging.outgoing.outbox.";
    static final int MAX_IN_FLIGHT = 5;

    void check(@Observes StartupEvent startup, Config config) {
        List<String> missing = missing(key -> config.getOptionalValue(CHANNEL + key, String.class));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the outbox producer lacks its delivery guarantees: " + missing);
        }
    }

    /** What the channel's settings (looked up by key after the channel prefix) fall short of; empty when all hold. */
    static List<String> missing(Function<String, Optional<String>> setting) {
        List<String> missing = new ArrayList<>();
        if (!setting.apply("acks").map(v -> v.equals("all") || v.equals("-1")).orElse(false)) {
            missing.add(CHANNEL + "acks=all");
        }
        if (!setting.apply("enable.idempotence").map(Boolean::parseBoolean).orElse(false)) {
            missing.add(CHANNEL + "enable.idempotence=true");
        }
        Optional<String> inFlight = setting.apply("max.in.flight.requests.per.connection");
        if (inFlight.isEmpty() || !inFlight.get().matches("[1-9][0-9]*")
                || Integer.parseInt(inFlight.get()) > MAX_IN_FLIGHT) {
            missing.add(CHANNEL + "max.in.flight.requests.per.connection<=" + MAX_IN_FLIGHT);
        }
        return missing;
    }
}
