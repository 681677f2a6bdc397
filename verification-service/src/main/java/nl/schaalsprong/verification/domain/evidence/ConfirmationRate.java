package nl.schaalsprong.verification.domain.evidence;

/**
 * Confirmed share of some decisive conclusions, with its 95 % Wilson interval: how sure the share is, not just
 * how large (2 of 2 is 100 %, but anything from 34 % to 100 % fits it).
 *
 * @param rate  null when there is no decisive conclusion
 * @param lower lower bound of the 95 % Wilson interval; null with the rate
 * @param upper upper bound; null with the rate
 */
public record ConfirmationRate(int confirmed, int decisive, Double rate, Double lower, Double upper) {

    public static ConfirmationRate of(int confirmed, int decisive) {
        Interval interval = Interval.wilson(confirmed, decisive);
        return interval == null ? new ConfirmationRate(confirmed, 0, null, null, null)
                : new ConfirmationRate(confirmed, decisive, (double) confirmed / decisive, interval.lower(),
                interval.upper());
    }

    /** The lower bound, 0 when nothing is known: for rules that ask how sure a share is. */
    public double lowerOrZero() {
        return lower == null ? 0 : lower;
    }
}
