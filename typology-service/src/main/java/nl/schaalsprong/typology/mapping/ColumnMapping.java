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
                            Set<String> missing) {

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
        missing = missing == null ? Set.of() : Set.copyOf(missing.stream().map(String::strip).toList());
    }

    public boolean namesBuurten() {
        return name != null;
    }
}
