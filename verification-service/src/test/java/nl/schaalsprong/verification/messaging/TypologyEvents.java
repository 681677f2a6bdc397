package nl.schaalsprong.verification.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** CloudEvents as typology-service writes them on schaalsprong.typology (data per its schemas). */
public final class TypologyEvents {

    public static final String TOPIC = ConsumedEvents.TYPOLOGY_TOPIC;

    private TypologyEvents() {
    }

    /** An import changed the buurt's figures. */
    public static String neighbourhoodChanged(String eventId, String buurtCode) {
        return envelope(eventId, ConsumedEvents.NEIGHBOURHOOD_CHANGED, buurtCode, "neighbourhood.changed.v1", """
                {"code":"%s","cause":"IMPORT","changedKeys":["AANDEEL_STADSVERWARMING"],
                 "values":{"AANDEEL_STADSVERWARMING":12.5},"changedBy":"import 7","changedAt":"%s"}"""
                .formatted(buurtCode, OffsetDateTime.now()));
    }

    public static String basisPublished(String eventId, String basis) {
        return envelope(eventId, ConsumedEvents.BASIS_PUBLISHED, basis, "comparability-basis.published.v1", """
                {"name":"%s","version":2,"weights":[{"dimension":"STEDELIJKHEID","weight":1}],
                 "publishedBy":"steward@gemeente.nl","publishedAt":"%s"}""".formatted(basis, OffsetDateTime.now()));
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    private static String envelope(String eventId, String type, String subject, String schema, String data) {
        return """
                {"specversion":"1.0","id":"%s","type":"%s","source":"/schaalsprong/typology-service",
                 "time":"%s","subject":"%s","datacontenttype":"application/json",
                 "dataschema":"https://schaalsprong.nl/schemas/%s.json","data":%s}"""
                .formatted(eventId, type, OffsetDateTime.now(), subject, schema, data);
    }
}
