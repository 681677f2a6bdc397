package nl.schaalsprong.platform.events;

/**
 * One kind of event a service produces: its versioned CloudEvents type, the topic it travels on and the
 * JSON Schema (owned by the producer) that its {@code data} follows.
 */
public record EventType(String type, String topic, String dataschema) {
    public EventType {
        if (type == null || !type.matches("^nl\\.schaalsprong(\\.[a-z][a-z0-9-]*)+\\.v[0-9]+$")) {
            throw new IllegalArgumentException("not a versioned event type: " + type);
        }
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("an event type needs a topic");
        }
    }
}
