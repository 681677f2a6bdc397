package nl.schaalsprong.typology.domain.comparison;

/**
 * The buurten a search did not offer because the comparison would not be honest, counted by reason, so that an
 * answer says what it left out instead of silently ranking partial comparisons.
 *
 * @param belowCoverage   buurten sharing less than the basis' coverage floor of its weight with the asked one
 * @param lackingRequired buurten without a value on a dimension the basis requires
 */
public record LeftOut(int belowCoverage, int lackingRequired) {

    public static final LeftOut NONE = new LeftOut(0, 0);

    public LeftOut {
        if (belowCoverage < 0 || lackingRequired < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    public int total() {
        return belowCoverage + lackingRequired;
    }
}
