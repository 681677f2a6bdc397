package nl.schaalsprong.typology.domain.basis;

import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

import java.util.Objects;

/**
 * What the learner found about one dimension: its importance (how much the log-odds of a confirmed lesson fall per
 * standard deviation of difference) and the 95 % bootstrap interval of it. An interval holding zero means the data
 * do not show that the dimension matters; a steward reads it before trusting the proposed weight.
 */
public record LearnedImportance(DimensionKey dimension, double importance, double lower, double upper) {
    public LearnedImportance {
        Objects.requireNonNull(dimension, "dimension");
        if (!Double.isFinite(importance) || !Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException("importance of " + dimension + " needs finite values and lower <= upper,"
                    + " got " + importance + " [" + lower + ", " + upper + "]");
        }
    }

    /** Whether the interval excludes zero: the data show the dimension matters (in either direction). */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}
