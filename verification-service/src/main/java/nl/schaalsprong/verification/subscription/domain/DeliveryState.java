package nl.schaalsprong.verification.subscription.domain;

/** PENDING until a receiver answers 2xx (retried, never given up while the subscription exists); then DELIVERED. */
public enum DeliveryState {
    PENDING,
    DELIVERED
}
