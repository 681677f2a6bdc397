package nl.schaalsprong.verification.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.schaalsprong.verification.domain.SuggestionPolicy;

/** Builds the pure domain policy from configuration, so the domain itself never reads config. */
@Singleton
public class SuggestionPolicyProducer {

    @Produces
    @Singleton
    SuggestionPolicy suggestionPolicy(SuggestionsConfig config) {
        return new SuggestionPolicy(config.targets());
    }
}
