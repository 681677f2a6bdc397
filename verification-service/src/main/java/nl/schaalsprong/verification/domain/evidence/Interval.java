package nl.schaalsprong.verification.domain.evidence;

/**
 * A 95 % confidence interval. Pure functions: Wilson's score interval for a proportion (good at the small counts
 * and the 0 % and 100 % a handful of verifications give, where the textbook p ± 1.96·se collapses to a point),
 * and Newcombe's hybrid score interval (his method 10) for the difference of two proportions, built from the two
 * Wilson intervals.
 */
public record Interval(double lower, double upper) {

    /** z of a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    public Interval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("an interval's lower bound " + lower + " exceeds its upper " + upper);
        }
    }

    /** Wilson's score interval of {@code successes} out of {@code trials}; null for no trials. */
    public static Interval wilson(int successes, int trials) {
        if (trials == 0) {
            return null;
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes out of " + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double halfWidth = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // Exact at the bounds: 0 of n has lower 0, n of n upper 1 (rounding would put them a hair off).
        double lower = successes == 0 ? 0 : Math.max(0, centre - halfWidth);
        double upper = successes == trials ? 1 : Math.min(1, centre + halfWidth);
        return new Interval(lower, upper);
    }

    /**
     * Newcombe's interval for p1 − p2 (successes1 of trials1 against successes2 of trials2); null unless both
     * have trials.
     */
    public static Interval newcombe(int successes1, int trials1, int successes2, int trials2) {
        Interval first = wilson(successes1, trials1);
        Interval second = wilson(successes2, trials2);
        if (first == null || second == null) {
            return null;
        }
        double p1 = (double) successes1 / trials1;
        double p2 = (double) successes2 / trials2;
        double difference = p1 - p2;
        double lower = difference - Math.sqrt(square(p1 - first.lower()) + square(second.upper() - p2));
        double upper = difference + Math.sqrt(square(first.upper() - p1) + square(p2 - second.lower()));
        return new Interval(lower, upper);
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    private static double square(double x) {
        return x * x;
    }
}
