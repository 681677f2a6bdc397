package nl.schaalsprong.typology.domain.comparison;

import nl.schaalsprong.typology.domain.RobustRange;
import nl.schaalsprong.typology.domain.catalogue.DimensionKind;

import java.util.Objects;

/**
 * How one dimension's raw values become the values Gower compares: NUMERIC onto [0,1] over a robust range,
 * ORDINAL rank onto [0,1] as rank / (levels − 1), CATEGORICAL left as its level index (compared for equality).
 *
 * @param range  the robust range of a NUMERIC dimension; null otherwise
 * @param levels the number of levels of an ORDINAL or CATEGORICAL dimension; 0 for NUMERIC
 */
public record ColumnScale(DimensionKind kind, RobustRange range, int levels) {

    public ColumnScale {
        Objects.requireNonNull(kind, "kind");
        if (kind == DimensionKind.NUMERIC ? range == null : levels < 2) {
            throw new IllegalArgumentException(kind + " needs " + (kind == DimensionKind.NUMERIC ? "a range" : "levels"));
        }
    }

    /** Keeps the skeleton's choice: the 2nd and 98th percentile, so a few extreme buurten do not squash the rest. */
    public static ColumnScale numeric(double[] rawValues) {
        return new ColumnScale(DimensionKind.NUMERIC, RobustRange.between(rawValues, 0.02, 0.98), 0);
    }

    public static ColumnScale ordinal(int levels) {
        return new ColumnScale(DimensionKind.ORDINAL, null, levels);
    }

    public static ColumnScale categorical(int levels) {
        return new ColumnScale(DimensionKind.CATEGORICAL, null, levels);
    }

    /** The comparable value; NaN (missing) stays NaN. */
    public double scale(double raw) {
        if (Double.isNaN(raw)) {
            return Double.NaN;
        }
        return switch (kind) {
            case NUMERIC -> range.scale(raw);
            case ORDINAL -> raw / (levels - 1);
            case CATEGORICAL -> raw;
        };
    }
}
