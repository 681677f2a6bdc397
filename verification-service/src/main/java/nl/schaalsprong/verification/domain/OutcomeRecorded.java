package nl.schaalsprong.verification.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Fired (as a CDI event, inside its transaction) when a verification of a lesson is concluded, or declined because
 * the buurt differs on a dimension: the only changes that add something to learn from, so the only ones after which
 * learning the comparability basis can come out differently. Suggestions, acceptances and other declines fire
 * {@link VerificationChanged} alone.
 */
public record OutcomeRecorded(UUID lessonId) {
    public OutcomeRecorded {
        Objects.requireNonNull(lessonId, "lessonId");
    }
}
