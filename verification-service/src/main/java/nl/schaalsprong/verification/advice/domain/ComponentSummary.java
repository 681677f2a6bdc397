package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the read model keeps of one approach component (tag) to rank it for any area: the headline of its pooled
 * evidence, its tallies per type, and the themes and routes of its lessons (for the filters).
 *
 * @param lowerBound the Wilson lower bound of the pooled confirmation rate; 0 when nothing is decisive
 */
public record ComponentSummary(String tag, EvidenceLevel level, Layer supportedLayer, boolean chanceFlagged,
                               double lowerBound, List<String> confirmedInTypes, List<String> notConfirmedInTypes,
                               Map<String, TypeTally> byType, Set<String> themes, Set<Route> routes) {

    public ComponentSummary {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(level, "level");
        confirmedInTypes = List.copyOf(confirmedInTypes);
        notConfirmedInTypes = List.copyOf(notConfirmedInTypes);
        byType = Map.copyOf(byType);
        themes = Set.copyOf(themes);
        routes = Set.copyOf(routes);
    }

    /** The family of a {@code family/component} tag; a tag's family is a theme code where lessons-service made it. */
    public String family() {
        int slash = tag.indexOf('/');
        return slash < 0 ? tag : tag.substring(0, slash);
    }
}
