/**
 * lessons-service's events, in and out, in one place: the events it produces (their types and data, appended to the
 * outbox by the services) and the events of other services it consumes (verification-service's verifications and
 * evidence: our own tolerant-reader DTOs and their consumers, declared on platform's typed consumer). The consumers
 * hand their work to ports the service layer implements ({@link nl.schaalsprong.lessons.messaging.EvidenceReadModel}),
 * so messaging never depends on the services that use the events it defines.
 */
package nl.schaalsprong.lessons.messaging;
