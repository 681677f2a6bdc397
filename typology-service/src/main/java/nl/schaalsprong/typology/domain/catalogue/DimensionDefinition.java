package nl.schaalsprong.typology.domain.catalogue;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the dimension catalogue: what a dimension means and how its value for a buurt is found.
 *
 * @param sources    the figures it is derived from, in derivation order (a SHARE is sources[0] / sources[1])
 * @param levels     the allowed levels of an ORDINAL (lowest rank first) or CATEGORICAL dimension; empty for NUMERIC
 * @param provenance where the source figures come from (one entry per distinct source); empty when ASSIGNED
 * @param direction  which end of a NUMERIC or ORDINAL scale is "more" of what the title names; for CATEGORICAL
 *                   always {@link Direction#HIGHER_MEANS_MORE} (levels have no order)
 */
public record DimensionDefinition(DimensionKey key, String title, String unit, String description,
                                  DimensionKind kind, Derivation derivation, List<DimensionKey> sources,
                                  List<String> levels, List<Provenance> provenance, Direction direction) {

    public DimensionDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(direction, "direction");
        if (kind == DimensionKind.CATEGORICAL && direction != Direction.HIGHER_MEANS_MORE) {
            throw new IllegalArgumentException("dimension " + key + ": categorical levels have no direction");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("dimension " + key + " needs a title");
        }
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        sources = List.copyOf(sources);
        levels = List.copyOf(levels);
        provenance = provenance == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(provenance));
        int expectedSources = switch (derivation) {
            case RAW, LOG -> 1;
            case SHARE -> 2;
            case ASSIGNED -> 0;
        };
        if (sources.size() != expectedSources) {
            throw new IllegalArgumentException("dimension " + key + ": a " + derivation + " derivation takes "
                    + expectedSources + " source figure(s), got " + sources);
        }
        if (kind == DimensionKind.NUMERIC ? !levels.isEmpty() : levels.size() < 2) {
            throw new IllegalArgumentException("dimension " + key + ": a " + kind + " dimension "
                    + (kind == DimensionKind.NUMERIC ? "has no levels" : "needs at least two levels"));
        }
        if (levels.stream().distinct().count() != levels.size()) {
            throw new IllegalArgumentException("dimension " + key + " repeats a level: " + levels);
        }
    }

    /** A dimension whose higher values mean more of what its title names, as most do. */
    public DimensionDefinition(DimensionKey key, String title, String unit, String description, DimensionKind kind,
                               Derivation derivation, List<DimensionKey> sources, List<String> levels,
                               List<Provenance> provenance) {
        this(key, title, unit, description, kind, derivation, sources, levels, provenance,
                Direction.HIGHER_MEANS_MORE);
    }

    /** Set per buurt by a steward rather than derived from CBS figures. */
    public boolean isAssigned() {
        return derivation == Derivation.ASSIGNED;
    }

    /**
     * The value for one buurt in the form comparisons use: the number for NUMERIC, the level's index for
     * ORDINAL and CATEGORICAL; NaN when missing.
     *
     * @param figures the buurt's figure values by figure key (the year the search uses)
     */
    public double rawValue(Map<DimensionKey, AttributeValue> figures, Map<DimensionKey, AttributeValue> attributes) {
        return switch (derivation) {
            case RAW -> valueOf(figures.get(sources.get(0)));
            case LOG -> Math.log1p(number(figures.get(sources.get(0))));
            case SHARE -> share(number(figures.get(sources.get(0))), number(figures.get(sources.get(1))));
            case ASSIGNED -> valueOf(attributes.get(key));
        };
    }

    private static double number(AttributeValue value) {
        return value == null || value.number() == null ? Double.NaN : value.number();
    }

    private double valueOf(AttributeValue value) {
        if (value == null) {
            return Double.NaN;
        }
        if (kind == DimensionKind.NUMERIC) {
            return value.number() == null ? Double.NaN : value.number();
        }
        int index = levels.indexOf(value.text());
        // A level dropped from the catalogue after it was stored counts as missing rather than failing every search.
        return index < 0 ? Double.NaN : index;
    }

    /** Checks a value a steward wants to set, by this dimension's kind and levels. */
    public AttributeValue parse(String raw) {
        if (!isAssigned()) {
            throw new RuleViolationException("dimension " + key + " is derived from CBS figures ("
                    + derivation + "); only an import changes it");
        }
        if (raw == null || raw.isBlank()) {
            throw new RuleViolationException("dimension " + key + " needs a value");
        }
        String value = raw.strip();
        if (kind == DimensionKind.NUMERIC) {
            try {
                double number = Double.parseDouble(value);
                if (Double.isFinite(number)) {
                    return AttributeValue.number(number);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new RuleViolationException("dimension " + key + " is numeric; '" + value + "' is not a number");
        }
        if (!levels.contains(value)) {
            throw new RuleViolationException("'" + value + "' is not a level of " + key + "; allowed: "
                    + String.join(", ", levels));
        }
        return AttributeValue.level(value);
    }

    /** Part of a whole; undefined (NaN) when either is missing or the whole is zero. */
    static double share(double part, double whole) {
        if (Double.isNaN(part) || Double.isNaN(whole) || whole <= 0) {
            return Double.NaN;
        }
        return part / whole;
    }

}
