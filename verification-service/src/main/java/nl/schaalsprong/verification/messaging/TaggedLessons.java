package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.platform.inbox.Handled;
import nl.schaalsprong.verification.domain.TaggedLesson;

import java.util.function.Supplier;

/**
 * What the LessonTagged consumer needs done (the service layer implements it): suggest verifications for a tagged
 * lesson. In two steps, because typology-service must be asked first and no transaction may be held across that call.
 */
public interface TaggedLessons {

    /**
     * Asks typology-service for the comparable buurten or areas, outside any transaction; runs only for an event not
     * processed before, so a redelivery costs no typology call.
     *
     * @return the work left for the transaction that claims the event: record the lesson and store its suggestions
     * (or park it when typology could not answer); {@link Handled#STALE} when a newer tagging of the lesson is held
     */
    Supplier<Handled> prepare(String eventId, TaggedLesson lesson);
}
