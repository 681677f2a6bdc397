package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.domain.Figure;
import nl.schaalsprong.typology.figure.domain.FigureCatalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where each column of a buurt file sits and which figure it holds. Either a CBS KWB file (columns found by CBS key
 * stem, because CBS renumbers the suffix between revisions: {@code MateVanStedelijkheid_122} and {@code _127} are
 * one variable; unknown columns ignored) or any file through a {@link ColumnMapping}.
 */
public final class BuurtFileHeader {

    static final String CODE = "buurtcode";
    static final String NAAM = "buurtnaam";
    static final String GEMEENTE_NAAM = "gemeentenaam";
    /** How CBS writes "no figure": secret, too few inhabitants, or not measured. */
    public static final Set<String> CBS_MISSING = Set.of("", ".", "-");

    private static final Pattern NUMERIC_SUFFIX = Pattern.compile("_\\d+$");
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("\\s*[\\[(][^\\])]*[\\])]?\\s*$");

    /** One figure's column: its index, the figure, the factor its numbers are multiplied by, its name as spelled. */
    record FigureColumn(int index, Figure figure, double factor, String spelled) {
    }

    private final int width;
    private final int code;
    private final int naam;
    private final int gemeenteNaam;
    private final List<FigureColumn> figures;
    private final Set<String> missing;
    private final List<DimensionKey> absent;

    private BuurtFileHeader(int width, int code, int naam, int gemeenteNaam, List<FigureColumn> figures,
                            Set<String> missing, List<DimensionKey> absent) {
        this.width = width;
        this.code = code;
        this.naam = naam;
        this.gemeenteNaam = gemeenteNaam;
        this.figures = List.copyOf(figures);
        this.missing = Set.copyOf(missing);
        this.absent = List.copyOf(absent);
    }

    /** {@code MateVanStedelijkheid_122} becomes {@code matevanstedelijkheid}. */
    public static String stem(String key) {
        return NUMERIC_SUFFIX.matcher(key.trim()).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    /** A column name as a mapping may name it: case, surrounding spaces and a unit in brackets ignored. */
    static String bare(String column) {
        return UNIT_IN_BRACKETS.matcher(column.strip()).replaceFirst("").strip().toLowerCase(Locale.ROOT);
    }

    /** Reads a CBS KWB header; a file without code, name and gemeente columns, or with a key twice, is refused whole. */
    public static BuurtFileHeader cbsKwb(List<String> columns, FigureCatalogue catalogue) {
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
        List<String> lacking = new ArrayList<>();
        for (String required : List.of(CODE, NAAM, GEMEENTE_NAAM)) {
            if (!byStem.containsKey(required)) {
                lacking.add(required);
            }
        }
        if (!lacking.isEmpty()) {
            throw new RuleViolationException("the CSV header lacks the column(s) " + lacking
                    + "; is this a CBS Kerncijfers wijken en buurten file of buurten?");
        }
        List<FigureColumn> figures = new ArrayList<>();
        List<DimensionKey> absent = new ArrayList<>();
        catalogue.kwbFigures().forEach((stem, figure) -> {
            Integer index = byStem.get(stem);
            if (index == null) {
                absent.add(figure.key());
            } else {
                figures.add(new FigureColumn(index, figure, 1, columns.get(index).trim()));
            }
        });
        figures.sort(java.util.Comparator.comparingInt(FigureColumn::index));
        return new BuurtFileHeader(columns.size(), byStem.get(CODE), byStem.get(NAAM), byStem.get(GEMEENTE_NAAM),
                figures, CBS_MISSING, absent);
    }

    /**
     * Locates the columns a {@link ColumnMapping} names. A file that lacks any of them, or names one of them twice, is
     * refused whole, naming every such column, so a wrong mapping is found before anything is read. Columns the
     * mapping does not name may repeat or be empty: they are never read.
     */
    public static BuurtFileHeader mapped(List<String> columns, ColumnMapping mapping, FigureCatalogue catalogue) {
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String full = columns.get(i).strip().toLowerCase(Locale.ROOT);
            if (full.isEmpty()) {
                continue;
            }
            byName.computeIfAbsent(full, n -> new ArrayList<>()).add(i);
            String bare = bare(columns.get(i));
            if (!bare.equals(full) && !bare.isEmpty()) {
                byName.computeIfAbsent(bare, n -> new ArrayList<>()).add(i);
            }
        }
        List<String> lacking = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        java.util.function.Function<String, Integer> find = column -> {
            List<Integer> found = byName.get(column.strip().toLowerCase(Locale.ROOT));
            if (found == null) {
                found = byName.get(bare(column));
            }
            if (found == null) {
                lacking.add(column);
                return -1;
            }
            if (found.size() > 1) {
                ambiguous.add(column + " (columns " + found.stream().map(i -> i + 1).toList() + ")");
                return -1;
            }
            return found.get(0);
        };
        int code = find.apply(mapping.code());
        int naam = mapping.namesBuurten() ? find.apply(mapping.name()) : -1;
        int gemeenteNaam = mapping.gemeenteName() != null ? find.apply(mapping.gemeenteName()) : -1;
        List<FigureColumn> figures = new ArrayList<>();
        Set<DimensionKey> seen = new LinkedHashSet<>();
        for (ColumnMapping.FigureColumn column : mapping.valueColumns()) {
            Figure figure = catalogue.find(column.figure()).orElseThrow(() -> new RuleViolationException("figure '"
                    + column.figure() + "' (mapped to column '" + column.column() + "') is not in the figure "
                    + "catalogue; declare it with the import (figures) or map a known one: GET /api/v1/figures"));
            if (!seen.add(figure.key())) {
                throw new RuleViolationException("'" + figure.key() + "' is mapped twice");
            }
            if (column.percentage() && figure.hasLevels()) {
                throw new RuleViolationException("figure '" + figure.key() + "' (column '" + column.column()
                        + "') is " + figure.kind() + "; only a numeric figure can be given as a percentage");
            }
            int index = find.apply(column.column());
            if (index >= 0) {
                figures.add(new FigureColumn(index, figure, column.percentage() ? 0.01 : 1, columns.get(index).trim()));
            }
        }
        if (!lacking.isEmpty() || !ambiguous.isEmpty()) {
            throw new RuleViolationException((lacking.isEmpty() ? "" : "the CSV header lacks the mapped column(s) "
                    + lacking + (ambiguous.isEmpty() ? "" : "; ")) + (ambiguous.isEmpty() ? ""
                    : "the CSV header names these mapped column(s) more than once: " + ambiguous)
                    + "; the header has " + columns.stream().map(String::trim).filter(c -> !c.isEmpty()).toList());
        }
        Set<String> missing = new java.util.HashSet<>(mapping.missing());
        missing.add("");
        return new BuurtFileHeader(columns.size(), code, naam, gemeenteNaam, figures, missing, List.of());
    }

    public int width() {
        return width;
    }

    int code() {
        return code;
    }

    /** Whether rows name their buurt (and gemeente), so that new buurten can be registered from the file. */
    boolean namesBuurten() {
        return naam >= 0;
    }

    int naam() {
        return naam;
    }

    int gemeenteNaam() {
        return gemeenteNaam;
    }

    List<FigureColumn> figures() {
        return figures;
    }

    boolean isMissing(String cell) {
        return missing.contains(cell);
    }

    /** The figures the file carries, in column order: only these are written, so nothing else is erased. */
    public Set<DimensionKey> carried() {
        Set<DimensionKey> carried = new LinkedHashSet<>();
        figures.forEach(f -> carried.add(f.figure().key()));
        return carried;
    }

    /** Figures a CBS KWB file may carry that this one does not (empty for a mapped file). */
    public List<DimensionKey> missingFigures() {
        return absent;
    }
}
