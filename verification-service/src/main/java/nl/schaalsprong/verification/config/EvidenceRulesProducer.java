package nl.schaalsprong.verification.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.schaalsprong.verification.domain.evidence.EvidenceRules;
import nl.schaalsprong.verification.domain.evidence.EvidenceThresholds;

/** Builds the pure evidence rules from configuration, so the domain itself never reads config. */
@Singleton
public class EvidenceRulesProducer {

    @Produces
    @Singleton
    EvidenceRules evidenceRules(EvidenceConfig config) {
        return new EvidenceRules(new EvidenceThresholds(config.replicationGemeenten(), config.replicationShare(),
                config.establishedGemeenten(), config.establishedLowerBound(), config.acrossTypes(),
                config.repeatedTries(), config.sitesAgainstChance(), config.maxNullResultShare(),
                config.maxFailureShare(), config.pilotEffectMinimumPerSide()));
    }
}
