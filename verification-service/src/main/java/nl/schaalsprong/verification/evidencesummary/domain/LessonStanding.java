package nl.schaalsprong.verification.evidencesummary.domain;

import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;

import java.util.Objects;
import java.util.Set;

/**
 * Where one lesson stands: what it speaks to (routes, claimed layer) and what its evidence says (level, supported
 * layer).
 *
 * @param claimedLayer   null when its author claimed none
 * @param supportedLayer null while the evidence supports no layer
 */
public record LessonStanding(Set<Route> routes, Layer claimedLayer, EvidenceLevel level, Layer supportedLayer) {

    public LessonStanding {
        routes = routes == null ? Set.of() : Set.copyOf(routes);
        Objects.requireNonNull(level, "level");
    }
}
