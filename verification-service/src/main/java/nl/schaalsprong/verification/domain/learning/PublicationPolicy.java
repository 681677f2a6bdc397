package nl.schaalsprong.verification.domain.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether learned weights may be offered to typology-service as a draft basis. Each condition guards against
 * publishing noise (issue 11's simulation: with no real effect, an in-sample Brier score "beat" the base rate in
 * every run):
 * <ol>
 *   <li>enough outcomes, from enough lessons (one lesson's verifications are not independent), and enough of the
 *       rarer outcome (a model of 28 confirmations and 2 failures knows nothing about failure);</li>
 *   <li>out of sample, the model predicts better than always predicting the base rate, and by more than chance:
 *       the one-sided 95 % bound of its gain, lessons as the independent units, lies above zero (a bare "lower"
 *       let a model of pure noise through in about one run in twelve);</li>
 *   <li>and better than the current basis (its similarity, calibrated), or the new weights are no improvement;</li>
 *   <li>at least one dimension's interval excludes zero, or the weights are the standard basis' equal ones.</li>
 * </ol>
 * Pure; the verdict comes with its reasons.
 */
public final class PublicationPolicy {

    private PublicationPolicy() {
    }

    /** @return why the model may or may not be published; it may when {@link Decision#publish()} */
    /**
     * @param gainOverBaseRate one-sided 95 % lower bound of the model's out-of-sample improvement in squared error
     *                         over the base rate, with lessons as the independent units; null when it cannot be had
     */
    public static Decision decide(int outcomes, int minority, int lessons, Double cvBrierModel, Double cvBrierBaseRate,
                                  Double cvBrierBasis, Double gainOverBaseRate, boolean anyDimensionClearlyMatters,
                                  LearningSettings settings) {
        List<String> reasons = new ArrayList<>();
        boolean publish = true;
        if (lessons < settings.minLessons()) {
            publish = false;
            reasons.add("outcomes from " + lessons + " lesson(s), " + settings.minLessons() + " needed");
        }
        if (outcomes < settings.minOutcomes()) {
            publish = false;
            reasons.add(outcomes + " outcomes, " + settings.minOutcomes() + " needed");
        }
        if (minority < settings.minMinority()) {
            publish = false;
            reasons.add("the rarer outcome occurs " + minority + " times, " + settings.minMinority() + " needed");
        }
        if (cvBrierModel == null) {
            publish = false;
            reasons.add("too few lessons to cross-validate");
        } else {
            if (!(cvBrierModel < cvBrierBaseRate)) {
                publish = false;
                reasons.add("cross-validated Brier " + fmt(cvBrierModel) + " does not beat the base rate's "
                        + fmt(cvBrierBaseRate));
            } else if (gainOverBaseRate == null || !(gainOverBaseRate > 0)) {
                publish = false;
                reasons.add("cross-validated Brier " + fmt(cvBrierModel) + " beats the base rate's "
                        + fmt(cvBrierBaseRate) + " by no more than chance (one-sided 95% bound over lessons "
                        + (gainOverBaseRate == null ? "unknown" : fmt(gainOverBaseRate)) + ")");
            }
            if (!(cvBrierModel < cvBrierBasis)) {
                publish = false;
                reasons.add("cross-validated Brier " + fmt(cvBrierModel) + " does not beat the current basis' "
                        + fmt(cvBrierBasis));
            }
        }
        if (!anyDimensionClearlyMatters) {
            publish = false;
            reasons.add("no dimension's interval excludes zero");
        }
        if (publish) {
            reasons.add("enough outcomes of both kinds, and out of sample better than the base rate and the current"
                    + " basis");
        }
        return new Decision(publish, reasons);
    }

    /** The verdict with its reasons. */
    public record Decision(boolean publish, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
