package nl.schaalsprong.verification.domain;

/**
 * How a target differs from the lesson's origin on one dimension of the basis: {@code distance} is the Gower
 * distance in [0, 1] (null when either side misses a value), {@code contribution} how much similarity it took
 * away, in [0, 1].
 */
public record DimensionDifference(Double distance, double contribution) {
}
