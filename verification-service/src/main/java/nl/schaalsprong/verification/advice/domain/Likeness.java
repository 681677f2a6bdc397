package nl.schaalsprong.verification.advice.domain;

/**
 * Why a place is comparable to the asked area, as typology-service ranks areas of its level on the default basis.
 *
 * @param area          the comparable buurt, wijk or gemeente (for a wijk or gemeente: the one the place lies in)
 * @param similarity    0..1, 1 = alike on every dimension
 * @param differsMostOn the dimension on which they differ most; null when alike on all
 */
public record Likeness(String area, double similarity, String differsMostOn) {
}
