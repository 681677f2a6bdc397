package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.GemeenteCode;

import java.util.Set;

/**
 * Who takes a lifecycle step: a gemeente's verifier may act only on verifications in the gemeenten its token
 * lists; a steward (the programme) may act on any.
 */
public record Actor(String name, boolean steward, Set<GemeenteCode> gemeenten) {

    public Actor {
        gemeenten = Set.copyOf(gemeenten);
    }

    public boolean mayActFor(GemeenteCode gemeente) {
        return steward || gemeenten.contains(gemeente);
    }
}
