package nl.schaalsprong.lessons.messaging;

import nl.schaalsprong.lessons.domain.evidence.DerivedEvidence;
import nl.schaalsprong.lessons.domain.evidence.Outcome;
import nl.schaalsprong.platform.inbox.Handled;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the evidence consumers need done, in the transaction that claims the event (the service layer implements it):
 * a lesson's evidence as verification-service reports it.
 */
public interface EvidenceReadModel {

    /** Counts a concluded verification in its lesson's evidence, once per verification. */
    Handled concluded(Conclusion conclusion);

    /** Keeps the newest derivation; an older one than held is {@link Handled#STALE}. */
    Handled derived(DerivedEvidence derived);

    /** A verification of a lesson concluded with an outcome. */
    record Conclusion(UUID verificationId, UUID lessonId, Outcome outcome, OffsetDateTime concludedAt) {
    }
}
