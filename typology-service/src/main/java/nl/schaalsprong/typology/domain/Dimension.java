package nl.schaalsprong.typology.domain;

import static nl.schaalsprong.typology.domain.Kerncijfer.AANTAL_INWONERS;
import static nl.schaalsprong.typology.domain.Kerncijfer.BEVOLKINGSDICHTHEID;
import static nl.schaalsprong.typology.domain.Kerncijfer.GEMIDDELDE_HUISHOUDENSGROOTTE;
import static nl.schaalsprong.typology.domain.Kerncijfer.HUISHOUDENS_MET_KINDEREN;
import static nl.schaalsprong.typology.domain.Kerncijfer.HUISHOUDENS_TOTAAL;
import static nl.schaalsprong.typology.domain.Kerncijfer.INWONERS_65_OF_OUDER;
import static nl.schaalsprong.typology.domain.Kerncijfer.STEDELIJKHEID;

/**
 * A dimension along which buurten are compared, derived from the CBS figures. Each dimension is scaled to
 * [0,1] before comparing, so that no dimension dominates by its unit. The weights are equal for now; a later
 * versioned comparability basis will choose dimensions and weights per question.
 */
public enum Dimension {

    /** Density is heavily skewed (10 to 50,000 per km²); on a log scale a village differs from a town. */
    LOG_BEVOLKINGSDICHTHEID(1.0, Scaling.ROBUST_RANGE) {
        @Override
        public double valueOf(Kerncijfers figures) {
            return Math.log1p(figures.valueOrNaN(BEVOLKINGSDICHTHEID));
        }
    },
    GEMIDDELDE_HUISHOUDENSGROOTTE(1.0, Scaling.ROBUST_RANGE) {
        @Override
        public double valueOf(Kerncijfers figures) {
            return figures.valueOrNaN(Kerncijfer.GEMIDDELDE_HUISHOUDENSGROOTTE);
        }
    },
    AANDEEL_HUISHOUDENS_MET_KINDEREN(1.0, Scaling.ROBUST_RANGE) {
        @Override
        public double valueOf(Kerncijfers figures) {
            return share(figures.valueOrNaN(HUISHOUDENS_MET_KINDEREN), figures.valueOrNaN(HUISHOUDENS_TOTAAL));
        }
    },
    /** Ordinal 1..5: scaled over its full fixed range, not over the observed spread. */
    STEDELIJKHEID(1.0, Scaling.FIXED_1_TO_5) {
        @Override
        public double valueOf(Kerncijfers figures) {
            return figures.valueOrNaN(Kerncijfer.STEDELIJKHEID);
        }
    },
    AANDEEL_65_PLUS(1.0, Scaling.ROBUST_RANGE) {
        @Override
        public double valueOf(Kerncijfers figures) {
            return share(figures.valueOrNaN(INWONERS_65_OF_OUDER), figures.valueOrNaN(AANTAL_INWONERS));
        }
    };

    /** How a dimension's raw values are mapped onto [0,1]. */
    public enum Scaling {
        /** Between the 2nd and 98th percentile of all buurten, clipped: a few extreme buurten do not squash the rest. */
        ROBUST_RANGE,
        FIXED_1_TO_5
    }

    private final double weight;
    private final Scaling scaling;

    Dimension(double weight, Scaling scaling) {
        this.weight = weight;
        this.scaling = scaling;
    }

    /** The raw (unscaled) value for one buurt, NaN when the figures it needs are missing. */
    public abstract double valueOf(Kerncijfers figures);

    public double weight() {
        return weight;
    }

    public Scaling scaling() {
        return scaling;
    }

    /** The scale for this dimension over a population of raw values (NaN = missing, ignored). */
    public RobustRange rangeOver(double[] rawValues) {
        return switch (scaling) {
            case ROBUST_RANGE -> RobustRange.between(rawValues, 0.02, 0.98);
            case FIXED_1_TO_5 -> new RobustRange(1, 5);
        };
    }

    /** Part of a whole; undefined (NaN) when either is missing or the whole is zero. */
    static double share(double part, double whole) {
        if (Double.isNaN(part) || Double.isNaN(whole) || whole <= 0) {
            return Double.NaN;
        }
        return part / whole;
    }
}
