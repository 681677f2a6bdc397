package nl.schaalsprong.verification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How many comparable buurten a tagged lesson is suggested for. */
@ConfigMapping(prefix = "schaalsprong.verification.suggestions")
public interface SuggestionsConfig {

    /** K: the number of target buurten per lesson, most comparable first. */
    @WithDefault("10")
    @Min(1)
    @Max(100)
    int targets();
}
