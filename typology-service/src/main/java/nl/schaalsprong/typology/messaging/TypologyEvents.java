package nl.schaalsprong.typology.messaging;

import nl.schaalsprong.platform.events.EventType;

/** The events typology-service produces. Their JSON Schemas live in src/main/resources/META-INF/resources/schemas. */
public final class TypologyEvents {

    /** Every typology event travels on this topic, keyed by typology id, so one typology's events stay in order. */
    public static final String TOPIC = "schaalsprong.typology";

    public static final EventType TYPOLOGY_PUBLISHED = new EventType("nl.schaalsprong.typology.published.v1", TOPIC,
            "https://schaalsprong.nl/schemas/typology.published.v1.json");

    private TypologyEvents() {
    }
}
