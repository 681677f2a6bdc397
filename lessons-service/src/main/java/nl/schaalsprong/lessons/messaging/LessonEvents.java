package nl.schaalsprong.lessons.messaging;

import nl.schaalsprong.platform.events.EventType;

/** The events lessons-service produces. Their JSON Schemas live in src/main/resources/META-INF/resources/schemas. */
public final class LessonEvents {

    /** Every lesson event travels on this topic, keyed by lesson id, so one lesson's events stay in order. */
    public static final String TOPIC = "schaalsprong.lessons";

    public static final EventType LESSON_TAGGED = new EventType("nl.schaalsprong.lesson.tagged.v1", TOPIC,
            "https://schaalsprong.nl/schemas/lesson.tagged.v1.json");

    private LessonEvents() {
    }
}
