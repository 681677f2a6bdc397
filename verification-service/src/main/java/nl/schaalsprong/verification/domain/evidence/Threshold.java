package nl.schaalsprong.verification.domain.evidence;

/**
 * One configurable threshold of the evidence rules, with why it has the value it has, as published.
 *
 * @param key the configuration key under {@code schaalsprong.verification.evidence}
 */
public record Threshold(String key, double value, String rationaleNl, String rationaleEn) {
}
