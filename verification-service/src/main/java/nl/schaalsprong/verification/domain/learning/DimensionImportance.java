package nl.schaalsprong.verification.domain.learning;

/**
 * How much one dimension predicts whether a lesson transfers.
 *
 * @param coefficient the standardised logistic coefficient of the difference on this dimension
 * @param importance  minus the coefficient: by how much the log-odds of confirmation drop per standard deviation
 *                    of difference (positive = the dimension matters, the more different the less it transfers)
 * @param lower       2.5th percentile of the importance over bootstrap resamples of whole lessons
 * @param upper       97.5th percentile
 * @param weight      the weight proposed for a comparability basis: 1 (the standard weight) unless the interval
 *                    lies wholly above zero; then the importance's share scaled so weights average 1, at least 0.01
 */
public record DimensionImportance(String dimension, double coefficient, double importance, double lower,
                                  double upper, double weight) {

    /** Whether the bootstrap interval lies wholly above zero. */
    public boolean clearlyMatters() {
        return lower > 0;
    }
}
