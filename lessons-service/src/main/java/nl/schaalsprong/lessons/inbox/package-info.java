/**
 * Events of other services that lessons-service consumes (verification-service's verifications and evidence),
 * with our own tolerant-reader DTOs. Apart from {@code messaging}, which holds the events lessons-service
 * produces, because consumers call the services and the services use the produced events.
 */
package nl.schaalsprong.lessons.inbox;
