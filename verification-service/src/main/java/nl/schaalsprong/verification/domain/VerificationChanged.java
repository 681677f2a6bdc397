package nl.schaalsprong.verification.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Fired (as a CDI event, inside the transaction that changed it) whenever a verification of a lesson is
 * created or changes state, so that whatever is derived per lesson, such as its evidence, is derived again
 * in the same transaction.
 */
public record VerificationChanged(UUID lessonId) {
    public VerificationChanged {
        Objects.requireNonNull(lessonId, "lessonId");
    }
}
