/**
 * The shapes verification-service shows the outside world over REST. The events it publishes and consumes (their
 * types and data) are in {@code messaging}, events in and out in one place.
 */
package nl.schaalsprong.verification.mapping;
