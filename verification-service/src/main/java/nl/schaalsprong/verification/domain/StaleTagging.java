package nl.schaalsprong.verification.domain;

import java.time.OffsetDateTime;

/**
 * Whether a LessonTagged is older than the tagging this service already holds for the lesson (compared on the
 * event's {@code taggedAt}, which lessons-service stamps at each tagging). Applying such a stale event, redelivered
 * or overtaken after a replay, would roll the lesson's tags and content back, so it is ignored. A tagging of the same
 * moment is not stale: it is the same tagging again, and the claim already drops a true redelivery.
 */
public final class StaleTagging {

    private StaleTagging() {
    }

    /** @param held the taggedAt held, or null when the lesson is unknown here (or its tagging time was) */
    public static boolean isStale(OffsetDateTime held, OffsetDateTime incoming) {
        return held != null && incoming != null && incoming.isBefore(held);
    }
}
