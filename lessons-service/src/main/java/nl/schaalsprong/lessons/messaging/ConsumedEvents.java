package nl.schaalsprong.lessons.messaging;

/** The events lessons-service reacts to; their schemas belong to verification-service, which produces them. */
public final class ConsumedEvents {

    /** verification-service's verification events; key = verification id. */
    public static final String VERIFICATIONS_TOPIC = "schaalsprong.verifications";
    /** verification-service's derived evidence per lesson; key = lesson id. */
    public static final String EVIDENCE_TOPIC = "schaalsprong.evidence";

    /**
     * Emitted since issue 13 item 3: v1 plus the verification's target {level, code}, which may be a whole wijk or
     * gemeente. The evidence read model reads the same fields of both.
     */
    public static final String VERIFICATION_CONCLUDED = "nl.schaalsprong.verification.concluded.v2";
    /** Emitted before v2; records of it stay on the topic and are read as before. */
    public static final String VERIFICATION_CONCLUDED_V1 = "nl.schaalsprong.verification.concluded.v1";
    public static final String EVIDENCE_CHANGED = "nl.schaalsprong.lesson.evidence-changed.v1";

    private ConsumedEvents() {
    }
}
