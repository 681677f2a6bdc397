package nl.schaalsprong.verification.messaging;

/** The events verification-service reacts to; their schemas belong to their producers. */
public final class ConsumedEvents {

    /** lessons-service's topic; the record key is the lesson id. */
    public static final String LESSONS_TOPIC = "schaalsprong.lessons";

    public static final String LESSON_TAGGED = "nl.schaalsprong.lesson.tagged.v1";

    /** typology-service's topic; the record key is the buurt code or the basis name. */
    public static final String TYPOLOGY_TOPIC = "schaalsprong.typology";

    public static final String NEIGHBOURHOOD_CHANGED = "nl.schaalsprong.neighbourhood.changed.v1";

    public static final String BASIS_PUBLISHED = "nl.schaalsprong.comparability-basis.published.v1";

    private ConsumedEvents() {
    }
}
