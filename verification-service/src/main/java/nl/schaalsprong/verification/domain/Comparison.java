package nl.schaalsprong.verification.domain;

/** How a measured value is held against a criterion's threshold. */
public enum Comparison {
    /** Met when the measured value is at least the threshold (e.g. a share of households reached). */
    AT_LEAST,
    /** Met when the measured value is at most the threshold (e.g. costs per woning). */
    AT_MOST;

    public boolean met(double measured, double threshold) {
        return this == AT_LEAST ? measured >= threshold : measured <= threshold;
    }
}
