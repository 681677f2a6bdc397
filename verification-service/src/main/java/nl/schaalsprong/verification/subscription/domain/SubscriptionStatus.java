package nl.schaalsprong.verification.subscription.domain;

/** ACTIVE subscriptions receive deliveries; PAUSED ones keep collecting them until resumed. */
public enum SubscriptionStatus {
    ACTIVE,
    PAUSED
}
