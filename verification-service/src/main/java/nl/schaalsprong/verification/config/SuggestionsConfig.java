package nl.schaalsprong.verification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** Where tagged lessons are suggested for verification, and how a typology outage is waited out. */
@ConfigMapping(prefix = "schaalsprong.verification.suggestions")
public interface SuggestionsConfig {

    /** K: the number of open target buurten per lesson. */
    @WithDefault("10")
    @Min(1)
    @Max(100)
    int targets();

    /** How many comparable buurten to ask typology for per target, so the policy's rules have room. */
    @WithName("candidates-per-target")
    @WithDefault("5")
    @Min(1)
    @Max(20)
    int candidatesPerTarget();

    /** Whether targets are taken round-robin over typology types (true) or in plain rank order. */
    @WithName("types-spread")
    @WithDefault("true")
    boolean typesSpread();

    /**
     * Share of each lesson's targets drawn at random from further down the comparable ranking and marked
     * exploratory, so that learning sees the whole range of differences, not only the most similar buurten.
     */
    @WithName("exploration-share")
    @WithDefault("0.1")
    @DecimalMin("0")
    @DecimalMax("1")
    double explorationShare();

    /** Lessons waiting for typology-service. */
    Pending pending();

    interface Pending {
        /** How often the retry job looks for pending lessons that are due (read by PendingSuggestionsJob). */
        @WithName("poll-interval")
        @WithDefault("5s")
        Duration pollInterval();

        /** Delay before the first retry; it doubles per failed attempt, up to {@link #maxDelay()}. */
        @WithName("first-delay")
        @WithDefault("5s")
        Duration firstDelay();

        @WithName("max-delay")
        @WithDefault("5m")
        Duration maxDelay();

        /**
         * How long a lesson whose origin lacks figures waits at most before it is asked for again; typology's events
         * wake it sooner when its origin's figures or the basis change.
         */
        @WithName("figures-recheck")
        @WithDefault("1h")
        Duration figuresRecheck();

        /** How many pending lessons one run of the retry job takes on. */
        @WithName("batch-size")
        @WithDefault("50")
        @Min(1)
        int batchSize();
    }
}
