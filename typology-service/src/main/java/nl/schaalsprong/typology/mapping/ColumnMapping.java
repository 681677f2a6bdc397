package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.typology.domain.Kerncijfer;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which column of someone else's CSV holds what a CBS KWB file would have under its own keys: the buurt code,
 * name and gemeente name, and per known figure the source column. Figures not named are stored as missing, as
 * with a CBS file that lacks them. Column names are matched exactly, ignoring case and surrounding spaces, because
 * third-party names carry no CBS key stem to match on.
 */
public record ColumnMapping(String code, String name, String gemeenteName, Map<Kerncijfer, String> figures) {

    public ColumnMapping {
        Objects.requireNonNull(code, "code column");
        Objects.requireNonNull(name, "name column");
        Objects.requireNonNull(gemeenteName, "gemeente name column");
        figures = figures == null || figures.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(figures));
    }
}
