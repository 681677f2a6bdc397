package nl.schaalsprong.verification.messaging;

/** The events verification-service reacts to; their schemas belong to their producers. */
public final class ConsumedEvents {

    /** lessons-service's topic; the record key is the lesson id. */
    public static final String LESSONS_TOPIC = "schaalsprong.lessons";

    public static final String LESSON_TAGGED = "nl.schaalsprong.lesson.tagged.v1";

    private ConsumedEvents() {
    }
}
