package nl.schaalsprong.verification.domain;

/**
 * What was measured for one frozen criterion. {@code measuredValue} and {@code met} are null when the indicator
 * was not measured: a missing measurement is recorded, not guessed.
 */
public record CriterionResult(String indicator, Double measuredValue, Boolean met) {
}
