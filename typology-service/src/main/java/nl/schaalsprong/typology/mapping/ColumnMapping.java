package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which column of someone else's CSV holds what: the buurt code, optionally the buurt's name (then the file may
 * register new buurten) and the gemeente's (without it a new buurt takes its gemeente's name from the buurten already
 * registered there), and per figure its column. Column names are matched ignoring case, surrounding
 * spaces and a unit in brackets ({@code Aantal_woningen [Aansluiting]} is {@code Aantal_woningen}).
 *
 * @param missing cell texts that mean "no value" besides an empty cell (e.g. {@code -99}, {@code .}, {@code -});
 *                declared, never guessed, since {@code -99} is a plausible value of some figures
 */
public record ColumnMapping(String code, String name, String gemeenteName, List<FigureColumn> figures,
                            Set<String> missing, List<FigureColumn> attributes) {

    /** A mapping of figures alone. */
    public ColumnMapping(String code, String name, String gemeenteName, List<FigureColumn> figures,
                         Set<String> missing) {
        this(code, name, gemeenteName, figures, missing, List.of());
    }

    /**
     * One figure's column.
     *
     * @param percentage the column gives shares as percentages (12.5) where the figure holds fractions (0.125):
     *                   declared by whoever knows the file, so that a column of small percentages is never misread
     */
    public record FigureColumn(DimensionKey figure, String column, boolean percentage) {
        public FigureColumn {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(column, "column");
        }
    }

    public ColumnMapping {
        Objects.requireNonNull(code, "code column");
        if (name == null && gemeenteName != null) {
            throw new nl.schaalsprong.platform.domain.RuleViolationException(
                    "a mapping that names the gemeente name column names the buurt name column too");
        }
        figures = figures == null ? List.of() : List.copyOf(figures);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        if (attributes.stream().anyMatch(FigureColumn::percentage)) {
            throw new nl.schaalsprong.platform.domain.RuleViolationException(
                    "a steward attribute holds levels; it cannot be given as a percentage");
        }
        missing = missing == null ? Set.of() : Set.copyOf(missing.stream().map(String::strip).toList());
    }

    /**
     * Figure and steward attribute columns together: the reader checks an attribute's cells against its levels as it
     * checks a categorical figure's (the catalogue it reads with holds the attributes as such figures).
     */
    public List<FigureColumn> valueColumns() {
        List<FigureColumn> all = new java.util.ArrayList<>(figures);
        all.addAll(attributes);
        return all;
    }

    /** The steward attributes the file sets. */
    public Set<DimensionKey> attributeKeys() {
        Set<DimensionKey> keys = new java.util.LinkedHashSet<>();
        attributes.forEach(a -> keys.add(a.figure()));
        return keys;
    }

    public boolean namesBuurten() {
        return name != null;
    }
}
