package nl.schaalsprong.lessons.domain.evidence;

import nl.schaalsprong.platform.domain.RuleViolationException;

/** How many of a lesson's verifications are in each state; never negative. */
public record OutcomeCounts(int suggested, int accepted, int declined, int confirmed, int notConfirmed,
                            int inconclusive) {

    public static final OutcomeCounts NONE = new OutcomeCounts(0, 0, 0, 0, 0, 0);

    public OutcomeCounts {
        if (suggested < 0 || accepted < 0 || declined < 0 || confirmed < 0 || notConfirmed < 0 || inconclusive < 0) {
            throw new RuleViolationException("verification counts cannot be negative");
        }
    }

    /** One more concluded verification with this outcome. */
    public OutcomeCounts plus(Outcome outcome) {
        return switch (outcome) {
            case CONFIRMED -> new OutcomeCounts(suggested, accepted, declined, confirmed + 1, notConfirmed, inconclusive);
            case NOT_CONFIRMED -> new OutcomeCounts(suggested, accepted, declined, confirmed, notConfirmed + 1, inconclusive);
            case INCONCLUSIVE -> new OutcomeCounts(suggested, accepted, declined, confirmed, notConfirmed, inconclusive + 1);
        };
    }

    public int concluded() {
        return confirmed + notConfirmed + inconclusive;
    }
}
