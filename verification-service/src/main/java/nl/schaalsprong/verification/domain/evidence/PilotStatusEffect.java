package nl.schaalsprong.verification.domain.evidence;

import java.util.List;

/**
 * The pilot-status effect: how often the lesson was confirmed in targets with proeftuin status or extra funding,
 * and how often in targets without. A large positive difference suggests the success leans on pilot conditions.
 *
 * @param difference with minus without; null unless both rates are known
 */
public record PilotStatusEffect(ConfirmationRate withPilotStatus, ConfirmationRate withoutPilotStatus,
                                Double difference) {

    public static PilotStatusEffect of(List<VerificationFact> facts) {
        ConfirmationRate with = ConfirmationRate.of(facts.stream().filter(VerificationFact::withPilotStatus).toList());
        ConfirmationRate without = ConfirmationRate.of(facts.stream().filter(f -> !f.withPilotStatus()).toList());
        Double difference = with.rate() == null || without.rate() == null ? null : with.rate() - without.rate();
        return new PilotStatusEffect(with, without, difference);
    }
}
