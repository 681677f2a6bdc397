package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.platform.events.EventType;

/** The events of evidence and learning. Their JSON Schemas live in src/main/resources/META-INF/resources/schemas. */
public final class EvidenceEvents {

    /** Keyed by lesson id, so one lesson's evidence changes stay in order. */
    public static final String EVIDENCE_TOPIC = "schaalsprong.evidence";

    /** Keyed by the name of the comparability basis the weights were learned for. */
    public static final String LEARNING_TOPIC = "schaalsprong.learning";

    public static final EventType LESSON_EVIDENCE_CHANGED = new EventType("nl.schaalsprong.lesson.evidence-changed.v1",
            EVIDENCE_TOPIC, "https://schaalsprong.nl/schemas/lesson.evidence-changed.v1.json");

    public static final EventType COMPARABILITY_WEIGHTS_LEARNED = new EventType(
            "nl.schaalsprong.comparability-weights.learned.v1", LEARNING_TOPIC,
            "https://schaalsprong.nl/schemas/comparability-weights.learned.v1.json");

    private EvidenceEvents() {
    }

    /** Where a lesson's evidence is served. */
    public static String evidenceUrl(java.util.UUID lessonId) {
        return "/api/v1/evidence/lessons/" + lessonId;
    }
}
