package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.typology.figure.domain.Aggregation;

import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.domain.comparison.ColumnScale;
import nl.schaalsprong.typology.domain.comparison.Explanation;
import nl.schaalsprong.typology.domain.comparison.Gower;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every wijk (or every gemeente) on every dimension, derived from its buurten by {@link AreaAggregate} and then
 * scaled over the areas of that level as the buurt snapshot scales over buurten (numeric: 2nd to 98th percentile of
 * the areas' values; ordinal: mean rank / (levels − 1); categorical: level), so the same weighted {@link Gower}
 * similarity ranks them. Immutable; built once per buurt snapshot.
 */
public final class AreaProfiles {

    /** One dimension of one area as derived, for showing how an area's values came about. */
    public record Value(DimensionKey dimension, Object value, double coverage) {
    }

    private final AreaLevel level;
    private final List<DimensionDefinition> definitions;
    private final Map<DimensionKey, Integer> columnByKey = new HashMap<>();
    private final String[] codes;
    private final int[] buurten;
    private final int[][] members;
    private final int[] proeftuinBuurten;
    private final Map<String, Integer> indexByCode = new HashMap<>();
    private final AreaAggregate[][] aggregates;
    private final double[][] scaled;
    private final DimensionKind[] kinds;

    private AreaProfiles(AreaLevel level, List<DimensionDefinition> definitions, Map<String, List<Integer>> members,
                         BuurtFigures figures, DimensionKey weight, Map<DimensionKey, Aggregation> aggregations,
                         DimensionKey dwellingsKey) {
        this.level = level;
        this.definitions = List.copyOf(definitions);
        int dims = definitions.size();
        int n = members.size();
        this.codes = members.keySet().toArray(String[]::new);
        this.buurten = new int[n];
        this.members = new int[n][];
        this.proeftuinBuurten = new int[n];
        this.aggregates = new AreaAggregate[dims][n];
        this.scaled = new double[dims][n];
        this.kinds = new DimensionKind[dims];
        for (int a = 0; a < n; a++) {
            indexByCode.put(codes[a], a);
            List<Integer> own = members.get(codes[a]);
            buurten[a] = own.size();
            this.members[a] = own.stream().mapToInt(Integer::intValue).toArray();
            proeftuinBuurten[a] = (int) own.stream().filter(figures::proeftuin).count();
            double[] weights = own.stream().mapToDouble(i -> figures.raw(weight, i)).toArray();
            double[] dwellings = dwellingsKey == null ? weights
                    : own.stream().mapToDouble(i -> figures.raw(dwellingsKey, i)).toArray();
            for (int d = 0; d < dims; d++) {
                DimensionKey key = definitions.get(d).key();
                double[] values = own.stream().mapToDouble(i -> figures.raw(key, i)).toArray();
                aggregates[d][a] = AreaAggregate.of(aggregations.getOrDefault(key, Aggregation.WEIGHTED_BY_INHABITANTS),
                        definitions.get(d).kind(), values, weights, dwellings);
            }
        }
        for (int d = 0; d < dims; d++) {
            DimensionDefinition definition = definitions.get(d);
            columnByKey.put(definition.key(), d);
            kinds[d] = definition.kind();
            double[] raw = Arrays.stream(aggregates[d]).mapToDouble(AreaAggregate::value).toArray();
            ColumnScale scale = switch (definition.kind()) {
                case NUMERIC -> ColumnScale.numeric(raw);
                case ORDINAL -> ColumnScale.ordinal(definition.levels().size());
                case CATEGORICAL -> ColumnScale.categorical(definition.levels().size());
            };
            for (int a = 0; a < n; a++) {
                scaled[d][a] = scale.scale(raw[a]);
            }
        }
    }

    /**
     * @param level       {@link AreaLevel#WIJK} or {@link AreaLevel#GEMEENTE}
     * @param definitions the dimensions to derive (usually the whole catalogue)
     * @param weight      the dimension whose raw value weighs a buurt (its inhabitants)
     */
    public static AreaProfiles of(AreaLevel level, List<DimensionDefinition> definitions, BuurtFigures figures,
                                  DimensionKey weight) {
        return of(level, definitions, figures, weight, Map.of(), null);
    }

    /**
     * @param aggregations per dimension, how its area value follows from its buurten (a figure's
     *                     {@link Aggregation}); a dimension without one is the mean weighted by inhabitants
     * @param dwellings    the dimension whose raw value counts a buurt's dwellings (for
     *                     {@link Aggregation#WEIGHTED_BY_DWELLINGS}), or null to weigh those by inhabitants too
     */
    public static AreaProfiles of(AreaLevel level, List<DimensionDefinition> definitions, BuurtFigures figures,
                                  DimensionKey weight, Map<DimensionKey, Aggregation> aggregations,
                                  DimensionKey dwellings) {
        if (level == AreaLevel.BUURT) {
            throw new IllegalArgumentException("buurten are compared as they are, not derived");
        }
        Map<String, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < figures.size(); i++) {
            members.computeIfAbsent(parent(level, figures.code(i)), code -> new ArrayList<>()).add(i);
        }
        return new AreaProfiles(level, definitions, members, figures, weight, aggregations, dwellings);
    }

    private static String parent(AreaLevel level, String buurtCode) {
        return level == AreaLevel.WIJK ? "WK" + buurtCode.substring(2, 8) : "GM" + buurtCode.substring(2, 6);
    }

    public AreaLevel level() {
        return level;
    }

    public int size() {
        return codes.length;
    }

    public boolean contains(String code) {
        return indexByCode.containsKey(code);
    }

    /** How many buurten with figures the area's values were derived from; 0 for an area without any. */
    public int buurten(String code) {
        Integer a = indexByCode.get(code);
        return a == null ? 0 : buurten[a];
    }

    /** The area's buurten, as their positions in the figures it was derived from; empty for an unknown area. */
    public int[] members(String code) {
        Integer a = indexByCode.get(code);
        return a == null ? new int[0] : members[a].clone();
    }

    /** How many of the area's buurten are marked as proeftuin; 0 for an area without buurten with figures. */
    public int proeftuinBuurten(String code) {
        Integer a = indexByCode.get(code);
        return a == null ? 0 : proeftuinBuurten[a];
    }

    /** The area's derived values on the given dimensions, in their order; values as people read them. */
    public List<Value> values(String code, List<DimensionKey> dimensions) {
        int a = index(code);
        return dimensions.stream().map(key -> {
            int d = column(key);
            return new Value(key, shown(d, a), aggregates[d][a].coverage());
        }).toList();
    }

    /**
     * The {@code limit} other areas of this level most similar to {@code code} on the basis' weights, highest
     * similarity first, equal similarity by code; areas sharing no weighted dimension with it are left out.
     *
     * @param withinGemeente only wijken of the same gemeente (for a gemeente: no narrowing)
     * @throws NotFoundException      when no buurt of the area has figures
     * @throws RuleViolationException when the area itself has no value on any dimension of the basis
     */
    public List<ComparableArea> mostComparableTo(String code, List<DimensionWeight> basis, int limit,
                                                 boolean withinGemeente, boolean explain) {
        int target = index(code);
        int[] dims = basis.stream().mapToInt(w -> column(w.column())).toArray();
        double[] weights = basis.stream().mapToDouble(DimensionWeight::weight).toArray();
        DimensionKind[] basisKinds = Arrays.stream(dims).mapToObj(d -> kinds[d]).toArray(DimensionKind[]::new);
        double[] own = gather(dims, target);
        if (Arrays.stream(own).allMatch(Double::isNaN)) {
            throw new RuleViolationException(level.parameter() + " " + code + " has no value on any dimension of "
                    + "the basis: too few of its buurten have the figures");
        }
        String gemeente = code.substring(2, 6);
        List<ComparableArea> ranked = new ArrayList<>();
        for (int a = 0; a < codes.length; a++) {
            if (a == target || (withinGemeente && !codes[a].startsWith(gemeente, 2))) {
                continue;
            }
            Gower.Result result = Gower.compare(own, gather(dims, a), basisKinds, weights);
            if (result.comparable()) {
                ranked.add(new ComparableArea(codes[a], result.similarity(), result.comparedDimensions(),
                        result.missingWeight(), Explanation.differsMost(j -> basis.get(j).column(), weights, result),
                        proeftuinBuurten[a], null));
            }
        }
        ranked.sort(Comparator.comparingDouble(ComparableArea::similarity).reversed()
                .thenComparing(ComparableArea::code));
        List<ComparableArea> best = ranked.subList(0, Math.min(limit, ranked.size()));
        if (!explain) {
            return List.copyOf(best);
        }
        return best.stream().map(area -> {
            int other = index(area.code());
            Gower.Result result = Gower.compare(own, gather(dims, other), basisKinds, weights);
            return new ComparableArea(area.code(), area.similarity(), area.comparedDimensions(), area.missingWeight(),
                    area.differsMostOn(), area.proeftuinBuurten(), Explanation.contributions(j -> basis.get(j).column(), weights, result,
                    j -> shown(dims[j], target), j -> shown(dims[j], other)));
        }).toList();
    }

    /**
     * A derived value as people read it: the number; for an ordinal dimension with numeric levels (stedelijkheid
     * 1..5) the mean on that scale, e.g. 2.4; otherwise the nearest level; for a categorical one the level.
     */
    private Object shown(int d, int a) {
        double value = aggregates[d][a].value();
        if (Double.isNaN(value)) {
            return null;
        }
        List<String> levels = definitions.get(d).levels();
        return switch (kinds[d]) {
            case NUMERIC -> value;
            case CATEGORICAL -> levels.get((int) value);
            case ORDINAL -> onLevelScale(levels, value);
        };
    }

    private static Object onLevelScale(List<String> levels, double rank) {
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, levels.size() - 1);
        try {
            double low = Double.parseDouble(levels.get(below));
            double high = Double.parseDouble(levels.get(above));
            return low + (rank - below) * (high - low);
        } catch (NumberFormatException notNumeric) {
            return levels.get((int) Math.round(rank));
        }
    }

    private double[] gather(int[] dims, int a) {
        double[] values = new double[dims.length];
        for (int j = 0; j < dims.length; j++) {
            values[j] = scaled[dims[j]][a];
        }
        return values;
    }

    private int index(String code) {
        Integer a = indexByCode.get(code);
        if (a == null) {
            throw new NotFoundException(level.parameter() + " with buurt figures", code);
        }
        return a;
    }

    private int column(DimensionKey key) {
        Integer d = columnByKey.get(key);
        if (d == null) {
            throw new IllegalArgumentException("dimension " + key + " is not among the derived dimensions");
        }
        return d;
    }
}
