package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds component summaries for the ranking tests: a tag with a level, a layer and tallies per type. */
final class Components {

    static final String STAD = "Type 1: stadsverwarming veel hoger";
    static final String DORP = "Type 2: dorpskern";
    static final String NAOORLOGS = "Type 3: naoorlogs";

    private final String tag;
    private EvidenceLevel level = EvidenceLevel.ORIGIN_ONLY;
    private Layer layer;
    private double lowerBound;
    private List<String> confirmedIn = List.of();
    private List<String> notConfirmedIn = List.of();
    private final Map<String, TypeTally> byType = new HashMap<>();
    private Set<String> themes = Set.of();
    private Set<Route> routes = Set.of();

    private Components(String tag) {
        this.tag = tag;
    }

    static Components tag(String tag) {
        return new Components(tag);
    }

    Components level(EvidenceLevel level, double lowerBound) {
        this.level = level;
        this.lowerBound = lowerBound;
        return this;
    }

    Components layer(Layer layer, List<String> confirmedIn, List<String> notConfirmedIn) {
        this.layer = layer;
        this.confirmedIn = confirmedIn;
        this.notConfirmedIn = notConfirmedIn;
        return this;
    }

    Components in(String type, int confirmed, int notConfirmed) {
        byType.put(type, new TypeTally(confirmed, notConfirmed, 0, 0));
        return this;
    }

    Components themes(String... themes) {
        this.themes = Set.of(themes);
        return this;
    }

    Components routes(Route... routes) {
        this.routes = Set.of(routes);
        return this;
    }

    ComponentSummary build() {
        return new ComponentSummary(tag, level, layer, false, lowerBound, confirmedIn, notConfirmedIn, byType, themes,
                routes);
    }
}
