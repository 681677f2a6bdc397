package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.typology.domain.catalogue.Direction;

/**
 * One dimension of a pen portrait: the type's mean against the national mean, both on the [0,1] scale of the
 * comparability space. That scale runs over the robust range (2nd to 98th percentile) of each dimension, so
 * {@code difference} is in robust-range units: 0.25 means a quarter of the national spread.
 *
 * @param typeMean     mean over the type's buurten that have the figure; null when none has it
 * @param nationalMean mean over all buurten that have the figure; null when none has it
 * @param difference   typeMean − nationalMean on the dimension's own scale; null when either is
 * @param direction    which end of the scale is "more" of what the label names: the wording follows it, so a type
 *                     with high CBS stedelijkheid classes (5 = niet stedelijk) reads "lager dan gemiddeld: mate van
 *                     stedelijkheid". Portraits stored before directions existed read as HIGHER_MEANS_MORE
 */
public record DimensionProfile(String dimension, String label, Double typeMean, Double nationalMean,
                               Double difference, String wording, Direction direction) {

    public DimensionProfile {
        direction = direction == null ? Direction.HIGHER_MEANS_MORE : direction;
        if (dimension == null || dimension.isBlank() || label == null || label.isBlank() || wording == null) {
            throw new IllegalArgumentException("a dimension profile needs a dimension, a label and wording");
        }
        requireScaled(typeMean, "typeMean");
        requireScaled(nationalMean, "nationalMean");
        if ((difference == null) != (typeMean == null || nationalMean == null)) {
            throw new IllegalArgumentException("difference is defined exactly when both means are");
        }
    }

    static DimensionProfile of(String dimension, String label, Direction direction, double typeMean,
                               double nationalMean) {
        Double type = Double.isNaN(typeMean) ? null : typeMean;
        Double national = Double.isNaN(nationalMean) ? null : nationalMean;
        Double difference = type == null || national == null ? null : type - national;
        return new DimensionProfile(dimension, label, type, national, difference,
                wording(difference == null ? null : direction.oriented(difference)), direction);
    }

    /** In robust-range units; chosen so that "veel" marks a difference a reader sees at a glance on a map. */
    static final double MUCH = 0.25;
    static final double NOTABLE = 0.10;

    /** @param difference turned so that positive means more of what the label names */
    private static String wording(Double difference) {
        if (difference == null) {
            return "onbekend";
        }
        if (difference >= MUCH) {
            return "veel hoger dan gemiddeld";
        }
        if (difference >= NOTABLE) {
            return "hoger dan gemiddeld";
        }
        if (difference <= -MUCH) {
            return "veel lager dan gemiddeld";
        }
        if (difference <= -NOTABLE) {
            return "lager dan gemiddeld";
        }
        return "rond het gemiddelde";
    }

    /** "veel hoger dan gemiddeld: bevolkingsdichtheid". */
    public String sentence() {
        return wording + ": " + label;
    }

    /** "bevolkingsdichtheid veel hoger dan gemiddeld", as a type's label names it. */
    String phrase() {
        return label + " " + wording;
    }

    boolean notable() {
        return difference != null && Math.abs(difference) >= NOTABLE;
    }

    double distinctness() {
        return difference == null ? -1 : Math.abs(difference);
    }

    private static void requireScaled(Double value, String name) {
        if (value != null && !(value >= -1e-9 && value <= 1 + 1e-9)) {
            throw new IllegalArgumentException(name + " must lie in [0,1], got " + value);
        }
    }
}
