package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.Layer;

import java.util.ArrayList;
import java.util.List;

/** Derives a lesson's evidence from its history by the published rules. Pure: same history, same evidence. */
public final class EvidenceDerivation {

    private EvidenceDerivation() {
    }

    public static Evidence derive(EvidenceRules rules, LessonFacts lesson, List<VerificationFact> verifications) {
        return derive(rules, new VerificationHistory(lesson, verifications));
    }

    /** The same derivation from the verifications tallied: for a tag's, read as a stream rather than held at once. */
    public static Evidence derive(EvidenceRules rules, LessonFacts lesson, VerificationTally verifications) {
        return derive(rules, new VerificationHistory(lesson, verifications));
    }

    public static Evidence derive(EvidenceRules rules, VerificationHistory history) {
        EvidenceRules.Judgement level = rules.level(history);

        List<String> layerReasons = new ArrayList<>();
        Layer layer = null;
        for (EvidenceRule rule : rules.layers()) {
            Verdict verdict = rule.apply(history);
            layerReasons.add(verdict.reason());
            if (verdict.holds()) {
                layer = Layer.valueOf(rule.yields());
                break;
            }
        }
        if (layer == null) {
            layerReasons.add("Nog te weinig of te tegenstrijdige conclusies om een laag te onderbouwen.");
        }

        List<String> chanceReasons = rules.chanceRisks().stream()
                .map(rule -> rule.apply(history))
                .filter(Verdict::holds)
                .map(Verdict::reason)
                .toList();

        return new Evidence(level.level(), level.reasons(), layer, layerReasons,
                List.copyOf(history.confirmedTypes()), List.copyOf(history.notConfirmedTypes()),
                new ChanceRisk(!chanceReasons.isEmpty(), chanceReasons), Counts.of(history.verifications()),
                PilotStatusEffect.of(history.elsewhere(), rules.thresholds().pilotEffectMinimumPerSide()),
                history.rate(), history.rateWithNullResultsAsFailures(), history.nominatedElsewhere().size());
    }
}
