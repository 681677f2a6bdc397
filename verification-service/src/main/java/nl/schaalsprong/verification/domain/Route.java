package nl.schaalsprong.verification.domain;

import java.util.Collection;

/** The scaling routes a lesson can speak to (lesson.tagged.v1 {@code routes}). */
public enum Route {
    GROEI,
    REPLICATIE,
    CIRCULATIE,
    /** Changing rules and institutions: goes to lessons-service's barrier register, not verified per buurt. */
    INSTITUTIONALISERING;

    /** A lesson only on INSTITUTIONALISERING has nothing to verify in a buurt; no routes at all still does. */
    public static boolean onlyInstitutional(Collection<Route> routes) {
        return !routes.isEmpty() && routes.stream().allMatch(r -> r == INSTITUTIONALISERING);
    }
}
