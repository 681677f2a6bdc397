package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.Kerncijfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where each known column sits in a CBS KWB file. Columns are found by key stem, because CBS renumbers the
 * suffix between revisions ({@code MateVanStedelijkheid_122} in one file is {@code _127} in the next); case
 * does not matter. Unknown columns are ignored, so CBS adding variables does not break imports.
 */
public final class CbsKwbHeader {

    static final String CODE = "buurtcode";
    static final String NAAM = "buurtnaam";
    static final String GEMEENTE_NAAM = "gemeentenaam";

    private static final Pattern NUMERIC_SUFFIX = Pattern.compile("_\\d+$");

    private final int width;
    private final int code;
    private final int naam;
    private final int gemeenteNaam;
    private final Map<Kerncijfer, Integer> figures;
    private final Map<Kerncijfer, String> keys;

    private CbsKwbHeader(int width, int code, int naam, int gemeenteNaam, Map<Kerncijfer, Integer> figures,
                         Map<Kerncijfer, String> keys) {
        this.width = width;
        this.code = code;
        this.naam = naam;
        this.gemeenteNaam = gemeenteNaam;
        this.figures = figures;
        this.keys = keys;
    }

    /** {@code MateVanStedelijkheid_122} becomes {@code matevanstedelijkheid}. */
    public static String stem(String key) {
        return NUMERIC_SUFFIX.matcher(key.trim()).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    /** Reads the header; a file without code, name and gemeente columns, or with a key twice, is refused whole. */
    public static CbsKwbHeader of(List<String> columns) {
        Map<String, Integer> byStem = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String stem = stem(columns.get(i));
            if (stem.isEmpty()) {
                continue;
            }
            Integer earlier = byStem.putIfAbsent(stem, i);
            if (earlier != null) {
                throw new RuleViolationException("the CSV header names '" + columns.get(earlier) + "' and '"
                        + columns.get(i) + "', which are the same CBS key; cannot tell which to use");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of(CODE, NAAM, GEMEENTE_NAAM)) {
            if (!byStem.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("the CSV header lacks the column(s) " + missing
                    + "; is this a CBS Kerncijfers wijken en buurten file of buurten?");
        }
        Map<Kerncijfer, Integer> figures = new EnumMap<>(Kerncijfer.class);
        Map<Kerncijfer, String> keys = new EnumMap<>(Kerncijfer.class);
        for (Kerncijfer figure : Kerncijfer.values()) {
            Integer index = byStem.get(figure.cbsStem().toLowerCase(Locale.ROOT));
            if (index != null) {
                figures.put(figure, index);
                keys.put(figure, columns.get(index).trim());
            }
        }
        return new CbsKwbHeader(columns.size(), byStem.get(CODE), byStem.get(NAAM), byStem.get(GEMEENTE_NAAM),
                figures, keys);
    }

    /**
     * Locates the columns a {@link ColumnMapping} names in a third party's header. A file that lacks any of them is
     * refused whole, naming every missing column, so a wrong mapping is found before anything is read.
     */
    public static CbsKwbHeader mapped(List<String> columns, ColumnMapping mapping) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && byName.putIfAbsent(name, i) != null) {
                throw new RuleViolationException("the CSV header names '" + columns.get(i).trim()
                        + "' twice; cannot tell which to use");
            }
        }
        List<String> missing = new ArrayList<>();
        Function<String, Integer> find = column -> {
            Integer index = byName.get(column.trim().toLowerCase(Locale.ROOT));
            if (index == null) {
                missing.add(column);
            }
            return index;
        };
        Integer code = find.apply(mapping.code());
        Integer naam = find.apply(mapping.name());
        Integer gemeenteNaam = find.apply(mapping.gemeenteName());
        Map<Kerncijfer, Integer> figures = new EnumMap<>(Kerncijfer.class);
        Map<Kerncijfer, String> keys = new EnumMap<>(Kerncijfer.class);
        mapping.figures().forEach((figure, column) -> {
            Integer index = find.apply(column);
            if (index != null) {
                figures.put(figure, index);
                keys.put(figure, columns.get(index).trim());
            }
        });
        if (!missing.isEmpty()) {
            throw new RuleViolationException("the CSV header lacks the mapped column(s) " + missing
                    + "; the header has " + columns.stream().map(String::trim).filter(c -> !c.isEmpty()).toList());
        }
        return new CbsKwbHeader(columns.size(), code, naam, gemeenteNaam, figures, keys);
    }

    public int width() {
        return width;
    }

    int code() {
        return code;
    }

    int naam() {
        return naam;
    }

    int gemeenteNaam() {
        return gemeenteNaam;
    }

    /** Known figures and their column index; figures the file lacks are absent (stored as missing). */
    Map<Kerncijfer, Integer> figures() {
        return Collections.unmodifiableMap(figures);
    }

    /** The key as the file spells it, for messages that point at the file's own column. */
    String key(Kerncijfer figure) {
        return keys.get(figure);
    }

    /** Known figures this file does not have. */
    public List<Kerncijfer> missingFigures() {
        List<Kerncijfer> missing = new ArrayList<>();
        for (Kerncijfer figure : Kerncijfer.values()) {
            if (!figures.containsKey(figure)) {
                missing.add(figure);
            }
        }
        return missing;
    }
}
