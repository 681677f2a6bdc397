package nl.schaalsprong.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a service names itself as an event source and how its outbox relay behaves. */
@ConfigMapping(prefix = "schaalsprong.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of every event this service produces, e.g. {@code /schaalsprong/lessons-service}. */
    String source();

    Outbox outbox();

    interface Outbox {
        /** Backstop poll; a committed append also wakes the relay at once. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long the relay waits for the broker to acknowledge a batch before it tries again later. */
        @WithDefault("10s")
        Duration sendTimeout();

        /**
         * How long a published event stays in the outbox: long enough to answer "was it sent, and when?" while
         * operators investigate, short enough that the table does not grow without end.
         */
        @WithDefault("7d")
        Duration retention();

        /** How often published events older than the retention are deleted. */
        @WithDefault("1h")
        Duration purgeInterval();
    }
}
