package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.platform.events.EventType;

/** The events verification-service produces. Their JSON Schemas live in src/main/resources/META-INF/resources/schemas. */
public final class VerificationEvents {

    /**
     * What becomes of a verification (accepted, declined, concluded) travels on this topic keyed by verification id (the
     * aggregate, and so the CloudEvent subject): one verification's decisions stay in order.
     */
    public static final String TOPIC = "schaalsprong.verifications";

    /**
     * Suggestions have a topic of their own, also keyed by verification id. They are ten per tagged lesson and
     * interest only whoever serves the gemeenten; on {@link #TOPIC} every consumer of decisions (lessons-service's
     * evidence) had to read and skip them, which at 100 tags/s was a third of that service's CPU. A suggestion is
     * relayed before anything can be decided on it (the outbox publishes in order), so a consumer of both topics
     * meets a verification's suggestion first unless it lags on this topic; it must then wait for it or look the
     * verification up.
     */
    public static final String SUGGESTIONS_TOPIC = "schaalsprong.verification-suggestions";

    /*
     * v2 (issue 13 item 3): every lifecycle event carries its target {level, code}, which may be a whole wijk or
     * gemeente (targetBuurtCode null). v1 required a buurt, so it is emitted no longer; its schemas stay published
     * for the records already on the topics, and consumers read both.
     */
    public static final EventType VERIFICATION_SUGGESTED = new EventType("nl.schaalsprong.verification.suggested.v2",
            SUGGESTIONS_TOPIC, "https://schaalsprong.nl/schemas/verification.suggested.v2.json");

    /** A gemeente accepted a suggested verification; its success criteria are frozen from then on. */
    public static final EventType VERIFICATION_ACCEPTED = new EventType("nl.schaalsprong.verification.accepted.v2",
            TOPIC, "https://schaalsprong.nl/schemas/verification.accepted.v2.json");

    /** A gemeente declined a suggested verification, with its reason; it never changes again. */
    public static final EventType VERIFICATION_DECLINED = new EventType("nl.schaalsprong.verification.declined.v2",
            TOPIC, "https://schaalsprong.nl/schemas/verification.declined.v2.json");

    /** A verification was concluded against its frozen criteria; it never changes again. */
    public static final EventType VERIFICATION_CONCLUDED = new EventType("nl.schaalsprong.verification.concluded.v2",
            TOPIC, "https://schaalsprong.nl/schemas/verification.concluded.v2.json");

    private VerificationEvents() {
    }
}
