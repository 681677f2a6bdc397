package nl.schaalsprong.typology.messaging;

import nl.schaalsprong.platform.events.EventType;

/** The events typology-service produces. Their JSON Schemas live in src/main/resources/META-INF/resources/schemas. */
public final class TypologyEvents {

    /**
     * Every typology-service event travels on this topic, keyed by its aggregate (buurt code, basis name,
     * typology id), so one aggregate's events stay in order.
     */
    public static final String TOPIC = "schaalsprong.typology";

    public static final EventType NEIGHBOURHOOD_CHANGED = new EventType("nl.schaalsprong.neighbourhood.changed.v1",
            TOPIC, "https://schaalsprong.nl/schemas/neighbourhood.changed.v1.json");

    public static final EventType BASIS_PUBLISHED = new EventType(
            "nl.schaalsprong.comparability-basis.published.v1", TOPIC,
            "https://schaalsprong.nl/schemas/comparability-basis.published.v1.json");

    public static final EventType TYPOLOGY_PUBLISHED = new EventType("nl.schaalsprong.typology.published.v1", TOPIC,
            "https://schaalsprong.nl/schemas/typology.published.v1.json");

    private TypologyEvents() {
    }
}
