package nl.schaalsprong.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.schaalsprong.verification.domain.VerificationChanged;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Observes {@link VerificationChanged} as the evidence derivation will: it records each lesson and whether the
 * event arrived inside a transaction (so a derivation could join it).
 */
@ApplicationScoped
public class ChangedRecorder {

    public record Seen(UUID lessonId, boolean inTransaction) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final TransactionSynchronizationRegistry transactions;

    public ChangedRecorder(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    void on(@Observes VerificationChanged changed) {
        seen.add(new Seen(changed.lessonId(), transactions.getTransactionKey() != null));
    }

    public List<Seen> about(UUID lessonId) {
        return seen.stream().filter(s -> s.lessonId().equals(lessonId)).toList();
    }
}
