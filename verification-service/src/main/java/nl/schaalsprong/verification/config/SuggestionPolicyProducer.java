package nl.schaalsprong.verification.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.schaalsprong.verification.domain.PendingPace;
import nl.schaalsprong.verification.domain.RetryBackoff;
import nl.schaalsprong.verification.domain.SuggestionPolicy;

/** Builds the pure domain policies from configuration, so the domain itself never reads config. */
@Singleton
public class SuggestionPolicyProducer {

    @Produces
    @Singleton
    SuggestionPolicy suggestionPolicy(SuggestionsConfig config) {
        return new SuggestionPolicy(config.targets(), config.candidatesPerTarget(), config.typesSpread(),
                config.explorationShare());
    }

    @Produces
    @Singleton
    PendingPace pendingPace(SuggestionsConfig config) {
        return new PendingPace(new RetryBackoff(config.pending().firstDelay(), config.pending().maxDelay()),
                config.pending().figuresRecheck());
    }
}
