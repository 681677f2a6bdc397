package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.platform.events.EventType;

/** The events verification-service produces. Their JSON Schemas live in src/main/resources/META-INF/resources/schemas. */
public final class VerificationEvents {

    /**
     * Every verification event travels on this topic keyed by verification id (the aggregate, and so the
     * CloudEvent subject): the lifecycle events still to come for one verification then stay in order.
     */
    public static final String TOPIC = "schaalsprong.verifications";

    public static final EventType VERIFICATION_SUGGESTED = new EventType("nl.schaalsprong.verification.suggested.v1",
            TOPIC, "https://schaalsprong.nl/schemas/verification.suggested.v1.json");

    /** A gemeente accepted a suggested verification; its success criteria are frozen from then on. */
    public static final EventType VERIFICATION_ACCEPTED = new EventType("nl.schaalsprong.verification.accepted.v1",
            TOPIC, "https://schaalsprong.nl/schemas/verification.accepted.v1.json");

    /** A verification was concluded against its frozen criteria; it never changes again. */
    public static final EventType VERIFICATION_CONCLUDED = new EventType("nl.schaalsprong.verification.concluded.v1",
            TOPIC, "https://schaalsprong.nl/schemas/verification.concluded.v1.json");

    private VerificationEvents() {
    }
}
