package nl.schaalsprong.verification.domain;

/** How a concluded verification turned out, as its frozen success criteria say. */
public enum Outcome {
    /** Every criterion was measured and met. */
    CONFIRMED,
    /** At least one measured criterion was not met. */
    NOT_CONFIRMED,
    /** A measurement is missing, so the criteria cannot say: a null result, recorded all the same. */
    INCONCLUSIVE
}
