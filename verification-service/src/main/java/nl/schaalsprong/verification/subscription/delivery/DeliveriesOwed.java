package nl.schaalsprong.verification.subscription.delivery;

/** Fired when deliveries were recorded; observed after commit to wake the dispatcher without waiting for its poll. */
record DeliveriesOwed(int count) {
}
