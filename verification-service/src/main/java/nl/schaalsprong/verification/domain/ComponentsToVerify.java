package nl.schaalsprong.verification.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each new verification of a lesson verifies (issue 13, item 3). REPLICATIE copies an approach as a blueprint,
 * so it is verified whole: a verification speaks for every component (tag) of the lesson. CIRCULATIE combines
 * variants of components to fit a local context, so what transfers is a component, not the combination: each
 * verification takes one component, spread evenly over the lesson's components. A lesson on both routes is copied
 * whole; a lesson on neither, or with fewer than two components, is verified whole too.
 */
public final class ComponentsToVerify {

    private ComponentsToVerify() {
    }

    /** Whether the lesson is verified per component rather than whole. */
    public static boolean perComponent(Collection<Route> routes, List<String> components) {
        return routes.contains(Route.CIRCULATIE) && !routes.contains(Route.REPLICATIE) && components.size() > 1;
    }

    /**
     * @param routes     the lesson's routes
     * @param components the lesson's components (tags), in a stable order (by name)
     * @param verified   how many verifications the lesson already has per component (whatever their status)
     * @param count      how many new verifications to assign
     * @return per new verification, in order, its component; null for a verification of the whole approach
     */
    public static List<String> assign(Collection<Route> routes, List<String> components, Map<String, Long> verified,
                                      int count) {
        if (!perComponent(routes, components)) {
            return Collections.nCopies(count, null);
        }
        List<String> assigned = new ArrayList<>(count);
        Map<String, Long> tally = new HashMap<>();
        components.forEach(c -> tally.put(c, verified.getOrDefault(c, 0L)));
        for (int i = 0; i < count; i++) {
            // The least verified component next; ties in the order given, so a top-up evens the spread out.
            String next = components.stream().min((a, b) -> Long.compare(tally.get(a), tally.get(b))).orElseThrow();
            tally.merge(next, 1L, Long::sum);
            assigned.add(next);
        }
        return assigned;
    }
}
