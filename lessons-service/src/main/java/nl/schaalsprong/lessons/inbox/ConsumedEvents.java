package nl.schaalsprong.lessons.inbox;

/** The events lessons-service reacts to; their schemas belong to verification-service, which produces them. */
public final class ConsumedEvents {

    /** verification-service's verification events; key = verification id. */
    public static final String VERIFICATIONS_TOPIC = "schaalsprong.verifications";
    /** verification-service's derived evidence per lesson; key = lesson id. */
    public static final String EVIDENCE_TOPIC = "schaalsprong.evidence";

    public static final String VERIFICATION_CONCLUDED = "nl.schaalsprong.verification.concluded.v1";
    public static final String EVIDENCE_CHANGED = "nl.schaalsprong.lesson.evidence-changed.v1";

    private ConsumedEvents() {
    }
}
