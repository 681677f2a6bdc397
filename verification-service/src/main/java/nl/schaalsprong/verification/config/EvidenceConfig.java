package nl.schaalsprong.verification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

/**
 * The thresholds of the evidence rules ({@code domain/evidence/EvidenceThresholds}, where each one's rationale is
 * written and published with it at {@code GET /api/v1/evidence-rules}).
 */
@ConfigMapping(prefix = "schaalsprong.verification.evidence")
public interface EvidenceConfig {

    @WithDefault("2")
    @Min(1)
    int replicationGemeenten();

    @WithDefault("0.6666666666666666")
    @DecimalMin("0")
    @DecimalMax("1")
    double replicationShare();

    @WithDefault("3")
    @Min(1)
    int establishedGemeenten();

    @WithDefault("0.5")
    @DecimalMin("0")
    @DecimalMax("1")
    double establishedLowerBound();

    @WithDefault("2")
    @Min(1)
    int acrossTypes();

    @WithDefault("2")
    @Min(1)
    int repeatedTries();

    @WithDefault("2")
    @Min(1)
    int sitesAgainstChance();

    @WithDefault("0.3333333333333333")
    @DecimalMin("0")
    @DecimalMax("1")
    double maxNullResultShare();

    @WithDefault("0.3333333333333333")
    @DecimalMin("0")
    @DecimalMax("1")
    double maxFailureShare();

    @WithDefault("3")
    @Min(1)
    int pilotEffectMinimumPerSide();
}
