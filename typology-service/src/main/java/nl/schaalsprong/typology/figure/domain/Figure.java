package nl.schaalsprong.typology.figure.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.domain.catalogue.Provenance;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the figure catalogue: what a per-buurt value means, which values it may take, how a wijk or
 * gemeente value follows from its buurten, and where it comes from. Every figure is also a RAW dimension under its
 * own key, so a basis can weight it at once.
 *
 * @param levels     ORDINAL: lowest rank first; CATEGORICAL: the allowed values; NUMERIC: none
 * @param moreEnd    ORDINAL only: which end of the levels is "more" of what the title names; null otherwise
 * @param whole      NUMERIC only: only whole numbers
 * @param minimum    NUMERIC only: the smallest allowed value, or null for any
 * @param cbsKwbStem the key stem CBS KWB files carry it under (matched without CBS's numeric suffix), or null
 */
public record Figure(DimensionKey key, String title, String unit, String description, DimensionKind kind,
                     List<String> levels, MoreEnd moreEnd, boolean whole, Double minimum, Aggregation aggregation,
                     String cbsKwbStem, Provenance source) {

    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(source, "source");
        if (key.value().contains("__")) {
            throw new RuleViolationException("figure key " + key + " contains '__', which marks a figure pinned to a "
                    + "year (FIGURE__2021); use single underscores");
        }
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("figure " + key + " needs a title");
        }
        title = title.strip();
        unit = unit == null ? "" : unit.strip();
        description = description == null ? "" : description.strip();
        levels = levels == null ? List.of() : levels.stream().map(String::strip).toList();
        if (kind == DimensionKind.NUMERIC ? !levels.isEmpty() : levels.size() < 2) {
            throw new RuleViolationException("figure " + key + ": a " + kind + " figure "
                    + (kind == DimensionKind.NUMERIC ? "has no levels" : "needs at least two levels"));
        }
        if (levels.stream().anyMatch(String::isEmpty) || levels.stream().distinct().count() != levels.size()) {
            throw new RuleViolationException("figure " + key + " has an empty or repeated level: " + levels);
        }
        if (moreEnd != null && kind != DimensionKind.ORDINAL) {
            throw new RuleViolationException("figure " + key + ": only an ORDINAL figure says which end is more");
        }
        if (kind != DimensionKind.NUMERIC && (whole || minimum != null)) {
            throw new RuleViolationException("figure " + key + ": only a NUMERIC figure has whole or minimum");
        }
        if (minimum != null && !Double.isFinite(minimum)) {
            throw new RuleViolationException("figure " + key + ": minimum must be a finite number");
        }
    }

    /** Whether values are levels (ORDINAL, CATEGORICAL) rather than numbers. */
    public boolean hasLevels() {
        return kind != DimensionKind.NUMERIC;
    }

    /**
     * Whether {@code other} may be stored as the same figure: same kind and same levels in the same order, so every
     * value already stored keeps its meaning. Title, unit and source may be worded differently.
     */
    public boolean compatibleWith(Figure other) {
        return kind == other.kind && levels.equals(other.levels);
    }

    /** Why {@code value} is not allowed for this figure, or {@code null} when it is. */
    public String violation(AttributeValue value) {
        if (hasLevels()) {
            if (value.text() == null || !levels.contains(value.text())) {
                return "'" + value.shown() + "' is not a level of " + key + "; allowed: " + String.join(", ", levels);
            }
            return null;
        }
        if (value.number() == null) {
            return "'" + value.text() + "' is not a number, and " + key + " is numeric";
        }
        double number = value.number();
        if (whole && number != Math.rint(number)) {
            return "must be a whole number for " + key + ", got " + value.shown();
        }
        if (minimum != null && number < minimum) {
            return "must be at least " + plain(minimum) + " for " + key + ", got " + value.shown();
        }
        return null;
    }

    /**
     * A cell of a file as this figure's value: a number for NUMERIC (decimal point already normalised, times
     * {@code factor}, e.g. 0.01 for a percentage declared as such), a level otherwise. A number written for an
     * ordinal or categorical figure counts as the level of the same plain text ({@code 4.0} is level {@code 4}),
     * because CBS writes its classes as decimals.
     *
     * @return the value, or {@code null} with the reason in {@code reason[0]}
     */
    public AttributeValue read(String text, double factor, String[] reason) {
        AttributeValue value;
        if (hasLevels()) {
            value = AttributeValue.level(levels.contains(text) ? text : asPlainLevel(text));
        } else {
            try {
                value = AttributeValue.number(Double.parseDouble(text) * factor);
            } catch (NumberFormatException e) {
                reason[0] = "'" + text + "' is not a number";
                return null;
            }
            if (!NUMBER.matcher(text).matches()) {
                reason[0] = "'" + text + "' is not a number";
                return null;
            }
        }
        String violation = violation(value);
        if (violation != null) {
            reason[0] = violation;
            return null;
        }
        return value;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private String asPlainLevel(String text) {
        if (NUMBER.matcher(text).matches()) {
            String plain = plain(Double.parseDouble(text));
            if (levels.contains(plain)) {
                return plain;
            }
        }
        return text;
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
