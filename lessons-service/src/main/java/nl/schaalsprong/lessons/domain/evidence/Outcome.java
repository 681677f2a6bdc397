package nl.schaalsprong.lessons.domain.evidence;

/** How a concluded verification turned out (verification-service's frozen success criteria). */
public enum Outcome {
    CONFIRMED,
    NOT_CONFIRMED,
    INCONCLUSIVE
}
