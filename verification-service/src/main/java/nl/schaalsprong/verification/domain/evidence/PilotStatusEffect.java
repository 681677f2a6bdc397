package nl.schaalsprong.verification.domain.evidence;

import java.util.function.Predicate;

/**
 * The pilot-status effect: the confirmation rate in targets known to have had proeftuin status or experiment
 * conditions (the same split as the chance flag's CONDITIONS_ONLY) against the rate in targets known to have had
 * neither; targets where either is unknown are on neither side. A large positive difference suggests the success
 * leans on pilot conditions. The difference is only given with enough decisive conclusions on both sides, and then
 * with Newcombe's 95 % interval.
 *
 * @param difference with minus without; null unless both sides have the minimum of decisive conclusions
 * @param lower      lower bound of Newcombe's 95 % interval of the difference; null with it
 * @param upper      upper bound; null with it
 * @param minimumPerSide decisive conclusions needed on each side before a difference is given
 */
public record PilotStatusEffect(ConfirmationRate withPilotStatus, ConfirmationRate withoutPilotStatus,
                                Double difference, Double lower, Double upper, int minimumPerSide) {

    /** @param concludedElsewhere counted per verification, not per buurt */
    public static PilotStatusEffect of(VerificationTally concludedElsewhere, int minimumPerSide) {
        ConfirmationRate with = rate(concludedElsewhere, Finding::knownUnderConditions);
        ConfirmationRate without = rate(concludedElsewhere, Finding::knownWithoutConditions);
        if (with.decisive() < minimumPerSide || without.decisive() < minimumPerSide) {
            return new PilotStatusEffect(with, without, null, null, null, minimumPerSide);
        }
        Interval interval = Interval.newcombe(with.confirmed(), with.decisive(), without.confirmed(),
                without.decisive());
        return new PilotStatusEffect(with, without, with.rate() - without.rate(), interval.lower(), interval.upper(),
                minimumPerSide);
    }

    private static ConfirmationRate rate(VerificationTally concluded, Predicate<Finding> side) {
        return ConfirmationRate.of(concluded.count(side.and(Finding::confirmed)),
                concluded.count(side.and(Finding::decisive)));
    }
}
