package nl.schaalsprong.verification.subscription.domain;

import java.time.Duration;

/**
 * What one attempt to deliver got: the receiver's HTTP status, or why there was none (refused, timed out). Only a
 * 2xx is a delivery; a redirect is not followed (the callback is where the subscriber said), so it is a failure too.
 */
public record DeliveryOutcome(Integer statusCode, String error, Duration took) {

    public static DeliveryOutcome answered(int statusCode, Duration took) {
        return new DeliveryOutcome(statusCode, statusCode / 100 == 2 ? null : "the receiver answered " + statusCode, took);
    }

    public static DeliveryOutcome failed(String error, Duration took) {
        return new DeliveryOutcome(null, error, took);
    }

    public boolean delivered() {
        return statusCode != null && statusCode / 100 == 2;
    }
}
