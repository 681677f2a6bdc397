package nl.schaalsprong.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a service names itself as an event source, how its outbox relay behaves and how its consumers retry. */
@ConfigMapping(prefix = "schaalsprong.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of every event this service produces, e.g. {@code /schaalsprong/lessons-service}. */
    String source();

    Outbox outbox();

    Consumer consumer();

    /** How a consumer ({@code @CountsDeadLetters} on its {@code @Incoming} method) meets a failure that may pass. */
    interface Consumer {
        /** Tries after the first before a transient failure goes to the dead-letter topic after all; 0 retries none. */
        @WithDefault("3")
        int retries();

        /** The wait before the first retry; it doubles before each next one, up to {@link #maxRetryBackoff()}. */
        @WithDefault("200ms")
        Duration retryBackoff();

        @WithDefault("2s")
        Duration maxRetryBackoff();
    }

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
