package nl.schaalsprong.verification.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Fired (as a CDI event, inside its transaction) when a verification of a lesson is concluded: the only change
 * that adds an outcome, so the only one after which learning the comparability basis can come out differently.
 * Suggestions, acceptances and declines fire {@link VerificationChanged} alone.
 */
public record OutcomeRecorded(UUID lessonId) {
    public OutcomeRecorded {
        Objects.requireNonNull(lessonId, "lessonId");
    }
}
