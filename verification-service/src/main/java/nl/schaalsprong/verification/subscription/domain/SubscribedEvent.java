package nl.schaalsprong.verification.subscription.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events a subscriber can ask for, each with the CloudEvents type its deliveries carry: verification-service's
 * own events (the verification events in v2, with their target, since issue 13 item 3), and the lesson taggings it
 * consumes from lessons-service.
 */
public enum SubscribedEvent {
    VERIFICATION_SUGGESTED("nl.schaalsprong.verification.suggested.v2"),
    VERIFICATION_ACCEPTED("nl.schaalsprong.verification.accepted.v2"),
    VERIFICATION_DECLINED("nl.schaalsprong.verification.declined.v2"),
    VERIFICATION_CONCLUDED("nl.schaalsprong.verification.concluded.v2"),
    LESSON_EVIDENCE_CHANGED("nl.schaalsprong.lesson.evidence-changed.v1"),
    COMPARABILITY_WEIGHTS_LEARNED("nl.schaalsprong.comparability-weights.learned.v1"),
    LESSON_TAGGED("nl.schaalsprong.lesson.tagged.v1");

    private final String type;

    SubscribedEvent(String type) {
        this.type = type;
    }

    /** The CloudEvents {@code type} of the event. */
    public String type() {
        return type;
    }

    /** The kind a CloudEvents type is, if subscribers can ask for it. */
    public static Optional<SubscribedEvent> ofType(String type) {
        return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst();
    }

    /** Whether events of this kind are about a verification (and so about its target area). */
    public boolean aboutAVerification() {
        return type.startsWith("nl.schaalsprong.verification.");
    }
}
