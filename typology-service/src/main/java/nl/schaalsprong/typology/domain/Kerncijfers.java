package nl.schaalsprong.typology.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The figures CBS published for one buurt; a figure CBS left out (secrecy, too few inhabitants) is absent. */
public final class Kerncijfers {

    private final Map<Kerncijfer, Double> values;

    private Kerncijfers(Map<Kerncijfer, Double> values) {
        this.values = values;
    }

    /** Takes the non-null entries; every value must be allowed for its figure. */
    public static Kerncijfers of(Map<Kerncijfer, Double> values) {
        EnumMap<Kerncijfer, Double> copy = new EnumMap<>(Kerncijfer.class);
        values.forEach((figure, value) -> {
            if (value != null) {
                String violation = figure.violation(value);
                if (violation != null) {
                    throw new IllegalArgumentException(figure.cbsStem() + " " + violation + ": " + value);
                }
                copy.put(figure, value);
            }
        });
        return new Kerncijfers(copy);
    }

    public static Kerncijfers none() {
        return new Kerncijfers(new EnumMap<>(Kerncijfer.class));
    }

    /** The value, or {@code null} when CBS did not publish it. */
    public Double get(Kerncijfer figure) {
        return values.get(figure);
    }

    /** The value, or NaN when missing: the form the comparability arithmetic works with. */
    public double valueOrNaN(Kerncijfer figure) {
        Double value = values.get(figure);
        return value == null ? Double.NaN : value;
    }

    public Map<Kerncijfer, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Kerncijfers that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Kerncijfers" + values;
    }
}
