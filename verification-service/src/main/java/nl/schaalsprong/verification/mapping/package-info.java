/**
 * The shapes verification-service shows the outside world: the REST representation and the data of the events
 * it publishes. Kept apart from {@code messaging} (inbound only) so service and messaging never depend on each
 * other in both directions.
 */
package nl.schaalsprong.verification.mapping;
