package nl.schaalsprong.typology.domain.basis;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

/**
 * A figure compared on the values of one source year rather than each buurt's newest: a basis pins it so that a
 * comparison stays what it was when a newer file comes in, or compares on a year all buurten have. The snapshot holds
 * such a figure-year as a column of its own, keyed {@code FIGURE__YEAR} (e.g. {@code AANDEEL_STADSVERWARMING__2021}),
 * which explanations name.
 *
 * @param figure the figure's key
 * @param year   the source year
 */
public record PinnedYear(DimensionKey figure, int year) {

    public static final int FIRST = 1900;
    public static final int LAST = 2100;
    /** Between a figure key and the year in a pinned column's key: two underscores, which figure keys do not use. */
    private static final String SEPARATOR = "__";

    /** The key of the column holding {@code figure}'s values of {@code year}. */
    public static DimensionKey column(DimensionKey figure, int year) {
        String key = figure.value() + SEPARATOR + year;
        if (key.length() > 64) {
            throw new RuleViolationException("figure " + figure + " has too long a key to pin a year to (at most 58 "
                    + "characters)");
        }
        return DimensionKey.of(key);
    }

    /** The figure a pinned column holds a year of, or empty when {@code column} is no pinned column. */
    public static java.util.Optional<DimensionKey> figureOf(DimensionKey column) {
        int at = column.value().lastIndexOf(SEPARATOR);
        return at <= 0 ? java.util.Optional.empty() : java.util.Optional.of(DimensionKey.of(column.value().substring(0, at)));
    }

    public DimensionKey column() {
        return column(figure, year);
    }
}
