package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.Layer;

import java.util.ArrayList;
import java.util.List;

/** Derives a lesson's evidence from its history by the published rules. Pure: same history, same evidence. */
public final class EvidenceDerivation {

    private EvidenceDerivation() {
    }

    public static Evidence derive(LessonFacts lesson, List<VerificationFact> verifications) {
        VerificationHistory history = new VerificationHistory(lesson, verifications);

        List<String> reasons = new ArrayList<>();
        EvidenceLevel level = null;
        for (EvidenceRule rule : EvidenceRules.LEVELS) {
            Verdict verdict = rule.apply(history);
            reasons.add(verdict.reason());
            if (verdict.holds()) {
                level = EvidenceLevel.valueOf(rule.yields());
                break;
            }
        }

        List<String> layerReasons = new ArrayList<>();
        Layer layer = null;
        for (EvidenceRule rule : EvidenceRules.LAYERS) {
            Verdict verdict = rule.apply(history);
            layerReasons.add(verdict.reason());
            if (verdict.holds()) {
                layer = Layer.valueOf(rule.yields());
                break;
            }
        }
        if (layer == null) {
            layerReasons.add("Nog te weinig conclusies om een laag te onderbouwen.");
        }

        List<String> chanceReasons = EvidenceRules.CHANCE_RISKS.stream()
                .map(rule -> rule.apply(history))
                .filter(Verdict::holds)
                .map(Verdict::reason)
                .toList();

        return new Evidence(level, reasons, layer, layerReasons,
                List.copyOf(history.confirmedTypes()), List.copyOf(history.notConfirmedTypes()),
                new ChanceRisk(!chanceReasons.isEmpty(), chanceReasons),
                Counts.of(verifications), PilotStatusEffect.of(verifications));
    }
}
