package nl.schaalsprong.verification.domain.evidence;

import java.util.List;

/**
 * Confirmed share of the decisive conclusions (confirmed or not confirmed) of some verifications.
 *
 * @param rate null when none of them is concluded decisively
 */
public record ConfirmationRate(int confirmed, int decisive, Double rate) {

    public static ConfirmationRate of(List<VerificationFact> facts) {
        int confirmed = (int) facts.stream().filter(VerificationFact::confirmed).count();
        int decisive = (int) facts.stream().filter(VerificationFact::decisive).count();
        return new ConfirmationRate(confirmed, decisive, decisive == 0 ? null : (double) confirmed / decisive);
    }
}
