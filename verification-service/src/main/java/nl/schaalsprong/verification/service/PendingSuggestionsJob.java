package nl.schaalsprong.verification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Retries lessons parked while typology-service was down, at the pace their backoff allows. */
@ApplicationScoped
public class PendingSuggestionsJob {

    private final SuggestionService suggestions;

    public PendingSuggestionsJob(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Scheduled(every = "${schaalsprong.verification.suggestions.pending.poll-interval:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryDue() {
        suggestions.retryDue();
    }
}
