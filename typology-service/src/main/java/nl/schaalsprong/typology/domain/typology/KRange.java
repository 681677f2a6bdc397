package nl.schaalsprong.typology.domain.typology;

/** The numbers of types the service tries when it proposes k itself. */
public record KRange(int min, int max) {

    /** Fewer than two types is no typology; beyond 50 nobody can read the pen portraits. */
    public static final int LOWEST = 2;
    public static final int HIGHEST = 50;

    public KRange {
        if (min < LOWEST || max > HIGHEST || min > max) {
            throw new IllegalArgumentException("k range must lie within " + LOWEST + ".." + HIGHEST
                    + " with min <= max, got " + min + ".." + max);
        }
    }

    public int count() {
        return max - min + 1;
    }
}
