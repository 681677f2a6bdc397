package nl.schaalsprong.verification.subscription.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import nl.schaalsprong.verification.domain.RetryBackoff;
import nl.schaalsprong.verification.subscription.domain.PausePolicy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How webhook deliveries go out: {@code schaalsprong.verification.subscriptions.*}. */
@ConfigMapping(prefix = "schaalsprong.verification.subscriptions")
public interface SubscriptionsConfig {

    /** How often the dispatcher looks for due deliveries (a committed event also wakes it at once). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a receiver may take to answer one delivery before the attempt counts as failed. */
    @WithDefault("10s")
    Duration requestTimeout();

    @WithDefault("5s")
    Duration connectTimeout();

    /** The wait after the first failed attempt in a row; it doubles with each further one, up to the maximum. */
    @WithDefault("5s")
    Duration firstRetryDelay();

    @WithDefault("1h")
    Duration maxRetryDelay();

    /** Failed attempts in a row after which a subscription is paused (with the defaults: about eleven hours). */
    @WithDefault("20")
    int pauseAfterFailures();

    /** Deliveries in flight at once in this process, over all subscriptions. */
    @WithDefault("32")
    int maxInFlight();

    /** Deliveries in flight at once to one healthy subscription (one while its receiver fails). */
    @WithDefault("4")
    int maxInFlightPerSubscription();

    /**
     * This service's own addresses besides the one a request reached it under, as host:port (its Ingress host, its
     * Kubernetes Service name): callbacks to them are refused.
     */
    Optional<List<String>> ownAddresses();

    default RetryBackoff backoff() {
        return new RetryBackoff(firstRetryDelay(), maxRetryDelay());
    }

    default PausePolicy pausePolicy() {
        return new PausePolicy(pauseAfterFailures());
    }
}
