package nl.schaalsprong.platform.inbox;

/**
 * What a consumer's work made of an event it claimed: applied, or ignored because the consumer already holds a newer
 * state of the event's aggregate (the version or time guard of that aggregate said so). A stale event stays claimed,
 * so its redelivery is a duplicate, and is counted ({@link ProcessedEvents#countStale}) so a steady stream shows.
 */
public enum Handled {
    APPLIED,
    STALE
}
