package nl.schaalsprong.typology.rest;

import jakarta.ws.rs.Path;
import nl.schaalsprong.platform.deadletter.DeadLetterResource;
import nl.schaalsprong.platform.deadletter.DeadLetters;
import nl.schaalsprong.platform.security.Caller;

/** This service's dead letters under a path of its own, so an ingress can route them here (platform's resource). */
@Path("/api/v1/dead-letters/typology")
public class TypologyDeadLetters extends DeadLetterResource {

    public TypologyDeadLetters(DeadLetters deadLetters, Caller caller) {
        super(deadLetters, caller);
    }
}
