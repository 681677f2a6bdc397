package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;
import nl.schaalsprong.typology.domain.comparison.ColumnScale;
import nl.schaalsprong.typology.domain.comparison.Explanation;
import nl.schaalsprong.typology.domain.comparison.Gower;
import nl.schaalsprong.typology.domain.comparison.LeftOut;
import nl.schaalsprong.typology.domain.comparison.Ranking;
import nl.schaalsprong.typology.domain.comparison.Scope;
import nl.schaalsprong.typology.domain.comparison.Search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Map;

/**
 * All buurten on every catalogue dimension, scaled once, held as one array per dimension (structure of arrays)
 * so a comparison scans memory linearly. Bases only supply weights per column, so one snapshot serves every
 * basis. Immutable: a change builds a new snapshot that is swapped in whole, so a search sees the old or the new
 * population, never a mix, and the scaling always matches the population.
 */
public final class ComparabilitySnapshot {

    /**
     * One buurt as the snapshot is built from.
     *
     * @param figures its figure values by figure key, each of the year searches use (the newest it has)
     */
    public record Member(BuurtCode code, String naam, String gemeenteNaam, Map<DimensionKey, AttributeValue> figures,
                         Map<DimensionKey, AttributeValue> attributes) {
        public Member {
            figures = Map.copyOf(figures);
            attributes = Map.copyOf(attributes);
        }
    }

    private final DimensionCatalogue catalogue;
    private final List<DimensionDefinition> definitions;
    private final Map<DimensionKey, Integer> columnByKey = new HashMap<>();
    private final DimensionKind[] kinds;
    private final ColumnScale[] scales;
    /** Sorted by code: the index order is the tie-break order. */
    private final BuurtCode[] codes;
    private final String[] namen;
    private final String[] gemeenteNamen;
    /** {@code raw[d][i]}: buurt i on dimension d as derived (number, or level index); NaN when missing. */
    private final double[][] raw;
    /** {@code scaled[d][i]}: the same, scaled for Gower. */
    private final double[][] scaled;
    /** Marked as proeftuin (PROEFTUIN_STATUS ja): shown with each result, and left out on request. */
    private final boolean[] pilot;
    /**
     * Per buurt, bit d set when it has no value on column d (columns 0..63): which buurten a basis' coverage floor
     * or required dimensions leave out is then one AND per buurt, and most buurten need no more.
     */
    private final long[] gaps;
    /** The distinct gap masks with their counts, for counting what a national search leaves out. */
    private final GapMasks gapMasks;
    /** The scaled values as floats, for the search's first pass. */
    private final FloatColumns columns;
    private final Map<BuurtCode, Integer> indexByCode;

    /**
     * The scaled columns, gap masks and float columns of a population whose raw values are known. Columns not in
     * {@code changed} are taken from {@code previous} (same catalogue, same buurten) as they are: their raw values,
     * and so their scaling, are the same, and arrays shared between immutable snapshots cost no memory.
     */
    private ComparabilitySnapshot(DimensionCatalogue catalogue, Population population, double[][] raw,
                                  ComparabilitySnapshot previous, boolean[] changed) {
        this.catalogue = catalogue;
        this.definitions = catalogue.definitions();
        int dims = definitions.size();
        int n = population.codes().length;
        this.kinds = new DimensionKind[dims];
        this.scales = new ColumnScale[dims];
        this.codes = population.codes();
        this.namen = population.namen();
        this.gemeenteNamen = population.gemeenteNamen();
        this.pilot = population.pilot();
        this.indexByCode = population.indexByCode();
        this.raw = raw;
        this.scaled = new double[dims][];
        this.gaps = new long[n];
        for (int d = 0; d < dims; d++) {
            DimensionDefinition definition = definitions.get(d);
            columnByKey.put(definition.key(), d);
            kinds[d] = definition.kind();
            if (previous != null && !changed[d]) {
                scales[d] = previous.scales[d];
                scaled[d] = previous.scaled[d];
            } else {
                scales[d] = switch (definition.kind()) {
                    case NUMERIC -> ColumnScale.numeric(raw[d]);
                    case ORDINAL -> ColumnScale.ordinal(definition.levels().size());
                    case CATEGORICAL -> ColumnScale.categorical(definition.levels().size());
                };
                scaled[d] = new double[n];
                for (int i = 0; i < n; i++) {
                    scaled[d][i] = scales[d].scale(raw[d][i]);
                }
            }
            if (d < Long.SIZE) {
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(scaled[d][i])) {
                        gaps[i] |= 1L << d;
                    }
                }
            }
        }
        boolean[] categorical = new boolean[dims];
        for (int d = 0; d < dims; d++) {
            categorical[d] = kinds[d] == DimensionKind.CATEGORICAL;
        }
        this.columns = previous == null ? new FloatColumns(scaled, categorical)
                : new FloatColumns(scaled, categorical, previous.columns, changed);
        this.gapMasks = new GapMasks(gaps, pilot);
    }

    /** The buurten of a snapshot, in code order, with what it shows of each besides their values. */
    private record Population(BuurtCode[] codes, String[] namen, String[] gemeenteNamen, boolean[] pilot,
                              Map<BuurtCode, Integer> indexByCode) {
    }

    private static ComparabilitySnapshot build(DimensionCatalogue catalogue, List<Member> sorted) {
        List<DimensionDefinition> definitions = catalogue.definitions();
        int dims = definitions.size();
        int n = sorted.size();
        Population population = new Population(new BuurtCode[n], new String[n], new String[n], new boolean[n],
                new HashMap<>(n * 2));
        double[][] raw = new double[dims][n];
        for (int i = 0; i < n; i++) {
            Member member = sorted.get(i);
            if (i > 0 && member.code().equals(population.codes()[i - 1])) {
                throw new IllegalArgumentException("buurt " + member.code() + " occurs twice");
            }
            population.codes()[i] = member.code();
            population.namen()[i] = member.naam();
            population.gemeenteNamen()[i] = member.gemeenteNaam();
            population.indexByCode().put(member.code(), i);
            AttributeValue status = member.attributes().get(StandardDimensions.PROEFTUIN_STATUS);
            population.pilot()[i] = status != null && StandardDimensions.IS_PROEFTUIN.equals(status.text());
            for (int d = 0; d < dims; d++) {
                raw[d][i] = definitions.get(d).rawValue(member.figures(), member.attributes());
            }
        }
        return new ComparabilitySnapshot(catalogue, population, raw, null, null);
    }

    /**
     * This population with some buurten's figure values replaced: what {@link #of} would build from the members with
     * those values, without reading the others again. Only the columns derived from a replaced figure are worked
     * out anew (for each changed buurt, from its replaced values and, for a derived dimension, its other figures as
     * this snapshot holds them), and only those are scaled again; every other column is shared with this snapshot.
     * An import of figure values for registered buurten thus costs the columns it touches, not a whole population.
     *
     * @param values per buurt, the new value by figure key (or pinned column key); every buurt must be in this
     *               snapshot and every value present (a removed value may uncover an older year's)
     * @return empty when a derived dimension draws on a figure this snapshot does not hold as a numeric column of
     *         its own, so the buurt's value cannot be told from the snapshot alone: then only a full build is exact
     * @throws NotFoundException when a buurt is not in this snapshot
     */
    public java.util.Optional<ComparabilitySnapshot> revised(Map<BuurtCode, Map<DimensionKey, AttributeValue>> values) {
        java.util.Set<DimensionKey> replaced = new java.util.HashSet<>();
        values.values().forEach(v -> replaced.addAll(v.keySet()));
        int dims = definitions.size();
        boolean[] changed = new boolean[dims];
        double[][] revised = raw.clone();
        for (int d = 0; d < dims; d++) {
            DimensionDefinition definition = definitions.get(d);
            if (definition.isAssigned() || definition.sources().stream().noneMatch(replaced::contains)) {
                continue;
            }
            changed[d] = true;
            revised[d] = raw[d].clone();
            for (Map.Entry<BuurtCode, Map<DimensionKey, AttributeValue>> buurt : values.entrySet()) {
                int i = index(buurt.getKey());
                if (definition.sources().stream().noneMatch(buurt.getValue()::containsKey)) {
                    continue; // not this buurt's
                }
                Map<DimensionKey, AttributeValue> figures = new HashMap<>();
                for (DimensionKey source : definition.sources()) {
                    AttributeValue value = buurt.getValue().containsKey(source) ? buurt.getValue().get(source)
                            : held(source, i);
                    if (value == HELD_ELSEWHERE) {
                        return java.util.Optional.empty();
                    }
                    if (value != null) {
                        figures.put(source, value);
                    }
                }
                revised[d][i] = definition.rawValue(figures, Map.of());
            }
        }
        return java.util.Optional.of(new ComparabilitySnapshot(catalogue,
                new Population(codes, namen, gemeenteNamen, pilot, indexByCode), revised, this, changed));
    }

    /** Stands for a figure value this snapshot cannot tell: see {@link #held}. */
    private static final AttributeValue HELD_ELSEWHERE = AttributeValue.level("held elsewhere");

    /**
     * Buurt i's value of {@code figure} as this snapshot holds it: from the figure's own numeric RAW column, whose raw
     * value is the stored number itself (NaN: none); {@link #HELD_ELSEWHERE} without such a column. Derived
     * dimensions draw on numbers only, so that is all they need.
     */
    private AttributeValue held(DimensionKey figure, int i) {
        Integer d = columnByKey.get(figure);
        if (d == null || kinds[d] != DimensionKind.NUMERIC
                || definitions.get(d).derivation() != nl.schaalsprong.typology.domain.catalogue.Derivation.RAW
                || !definitions.get(d).sources().equals(List.of(figure))) {
            return HELD_ELSEWHERE;
        }
        double value = raw[d][i];
        return Double.isNaN(value) ? null : AttributeValue.number(value);
    }

    public static ComparabilitySnapshot empty(DimensionCatalogue catalogue) {
        return of(catalogue, List.of());
    }

    public static ComparabilitySnapshot of(DimensionCatalogue catalogue, List<Member> members) {
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(Member::code));
        return build(catalogue, sorted);
    }

    public int size() {
        return codes.length;
    }

    /** The dimensions this snapshot's columns hold: the catalogue every search and basis check uses with it. */
    public DimensionCatalogue catalogue() {
        return catalogue;
    }

    public boolean contains(BuurtCode code) {
        return indexByCode.containsKey(code);
    }

    /** How a dimension's values were scaled over this population. */
    public ColumnScale scale(DimensionKey key) {
        return scales[column(key)];
    }

    /**
     * The {@code limit} other buurten most similar to {@code code}: highest similarity first, equal similarity
     * by code, so the answer is deterministic. Only honest comparisons are offered: a buurt sharing less than the
     * search's coverage floor of the weight, or lacking a required dimension, is left out and counted. Each is
     * explained dimension by dimension only when the search asks for it.
     *
     * @throws nl.schaalsprong.platform.domain.RuleViolationException when the asked buurt itself lacks a required
     *                                                                dimension or too much of the weight
     */
    public Ranking mostComparableTo(BuurtCode code, Search search) {
        int target = index(code);
        double[] weights = weights(search.weights());
        boolean[] required = required(search.weights());
        int[] dims = comparedDimensions(target, weights);
        requireOwnData(target, dims, weights, required, search.coverageFloor());
        double sum = 0;
        for (int d : dims) {
            sum += weights[d];
        }
        float[] shares = new float[dims.length];
        float[] own = new float[dims.length];
        for (int j = 0; j < dims.length; j++) {
            shares[j] = (float) (weights[dims[j]] / sum);
            own[j] = columns.value(dims[j], target);
        }
        double needed = search.coverageFloor() * total(weights);
        int[] range = range(code, search.scope());
        TopK best = TopKScan.best(columns, range[0], range[1], target, dims, shares, own, search.limit(),
                (float) (needed / sum), coverage(dims, shares), i -> i == target || (search.excludePilots() && pilot[i]) ? Double.NaN
                        : similarity(target, i, dims, weights, required, needed));
        List<ComparableBuurt> ranked = new ArrayList<>(best.size());
        int[] basis = search.explain() ? null : weighted(weights);
        for (int r = 0; r < best.size(); r++) {
            ranked.add(search.explain() ? explain(target, best.index(r), weights, true)
                    : summary(target, best.index(r), basis, weights, best.similarity(r)));
        }
        return new Ranking(ranked, leftOut(target, range, dims, weights, required, needed, search.excludePilots()));
    }

    /**
     * Each buurt's share of {@code shares} that it has values on, for the scan's filter: worked out once per gap mask
     * and looked up per buurt, or (for a dimension past column 63, which masks do not hold) read off the columns.
     */
    private TopKScan.Coverage coverage(int[] dims, float[] shares) {
        for (int d : dims) {
            if (d >= Long.SIZE) {
                return i -> {
                    float compared = 0;
                    for (int j = 0; j < dims.length; j++) {
                        compared += Double.isNaN(scaled[dims[j]][i]) ? 0 : shares[j];
                    }
                    return compared;
                };
            }
        }
        float[] byMask = new float[gapMasks.size()];
        for (int m = 0; m < byMask.length; m++) {
            for (int j = 0; j < dims.length; j++) {
                byMask[m] += (gapMasks.mask(m) & (1L << dims[j])) == 0 ? shares[j] : 0;
            }
        }
        return i -> byMask[gapMasks.of(i)];
    }

    /** The sum of the basis' weights. */
    private static double total(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        return total;
    }

    private boolean[] required(List<DimensionWeight> basis) {
        boolean[] required = new boolean[kinds.length];
        for (DimensionWeight weight : basis) {
            required[column(weight.column())] = weight.required();
        }
        return required;
    }

    /** A buurt that lacks what the basis requires, or too much of its weight, cannot be compared honestly at all. */
    private void requireOwnData(int target, int[] dims, double[] weights, boolean[] required, double floor) {
        List<String> missing = new ArrayList<>();
        List<String> missingRequired = new ArrayList<>();
        double covered = 0;
        for (int d = 0; d < weights.length; d++) {
            if (weights[d] == 0) {
                continue;
            }
            if (Double.isNaN(scaled[d][target])) {
                missing.add(definitions.get(d).key().value());
                if (required[d]) {
                    missingRequired.add(definitions.get(d).key().value());
                }
            } else {
                covered += weights[d];
            }
        }
        double coverage = covered / total(weights);
        if (!missingRequired.isEmpty() || coverage < floor - COVERAGE_TOLERANCE || dims.length == 0) {
            throw new nl.schaalsprong.platform.domain.RuleViolationException("buurt " + codes[target]
                    + " has no value on " + String.join(", ", missing)
                    + (missingRequired.isEmpty() ? "" : "; the basis requires " + String.join(", ", missingRequired))
                    + String.format(java.util.Locale.ROOT, "; it covers %.0f%% of the basis' weight where %.0f%% is "
                    + "needed, so no comparison with it would be honest", 100 * coverage, 100 * floor));
        }
    }

    /** Rounding of weight sums must not decide whether a comparison covering exactly the floor is offered. */
    private static final double COVERAGE_TOLERANCE = 1e-9;

    /**
     * The buurten in the searched range that the floor or the required dimensions leave out (the asked buurt and, on
     * request, proeftuinen not counted): a buurt without gaps on the basis' columns needs one AND, only the others
     * are looked at column by column.
     */
    private LeftOut leftOut(int target, int[] range, int[] dims, double[] weights, boolean[] required, double needed,
                            boolean excludePilots) {
        long basisMask = 0;
        long requiredMask = 0;
        boolean wide = false;
        for (int d = 0; d < weights.length; d++) {
            if (weights[d] != 0) {
                if (d >= Long.SIZE) {
                    wide = true;
                } else {
                    basisMask |= 1L << d;
                    if (required[d]) {
                        requiredMask |= 1L << d;
                    }
                }
            }
        }
        if (!wide && range[0] == 0 && range[1] == codes.length) {
            return leftOutByMask(target, dims, weights, basisMask, requiredMask, needed, excludePilots);
        }
        int below = 0;
        int lacking = 0;
        for (int i = range[0]; i < range[1]; i++) {
            if (i == target || (excludePilots && pilot[i]) || (!wide && (gaps[i] & basisMask) == 0)) {
                continue;
            }
            if ((gaps[i] & requiredMask) != 0 || (wide && lacksRequired(i, weights, required))) {
                lacking++;
            } else if (covered(i, dims, weights) < needed - COVERAGE_TOLERANCE) {
                below++;
            }
        }
        return new LeftOut(below, lacking);
    }

    /**
     * {@link #leftOut} over the whole snapshot, one step per distinct gap mask rather than per buurt: the same counts,
     * since whether a buurt is left out depends only on which columns it misses.
     */
    private LeftOut leftOutByMask(int target, int[] dims, double[] weights, long basisMask, long requiredMask,
                                  double needed, boolean excludePilots) {
        int below = 0;
        int lacking = 0;
        for (int m = 0; m < gapMasks.size(); m++) {
            long mask = gapMasks.mask(m);
            if ((mask & basisMask) == 0) {
                continue;
            }
            int count = gapMasks.count(m, excludePilots);
            if (mask == gaps[target] && !(excludePilots && pilot[target])) {
                count--; // the asked buurt is never counted among those left out
            }
            if ((mask & requiredMask) != 0) {
                lacking += count;
            } else if (coveredWithout(mask, dims, weights) < needed - COVERAGE_TOLERANCE) {
                below += count;
            }
        }
        return new LeftOut(below, lacking);
    }

    /** The weight of the compared dimensions a buurt missing {@code mask}'s columns has, summed as {@link #covered}. */
    private static double coveredWithout(long mask, int[] dims, double[] weights) {
        double covered = 0;
        for (int d : dims) {
            if ((mask & (1L << d)) == 0) {
                covered += weights[d];
            }
        }
        return covered;
    }

    private boolean lacksRequired(int i, double[] weights, boolean[] required) {
        for (int d = 0; d < weights.length; d++) {
            if (required[d] && Double.isNaN(scaled[d][i])) {
                return true;
            }
        }
        return false;
    }

    /** The weight of the asked buurt's compared dimensions that buurt i has too. */
    private double covered(int i, int[] dims, double[] weights) {
        double covered = 0;
        for (int d : dims) {
            if (!Double.isNaN(scaled[d][i])) {
                covered += weights[d];
            }
        }
        return covered;
    }

    /**
     * Only {@code others}, ranked and explained as {@link #mostComparableTo} would rank and explain them: for a
     * client that chose from a lean answer and now wants the contributions of its choice alone. The buurt itself
     * and buurten sharing no weighted dimension with it are left out; the search's limit and scope do not apply.
     *
     * @throws NotFoundException when one of {@code others} is not in the snapshot
     */
    public List<ComparableBuurt> among(BuurtCode code, Collection<BuurtCode> others, Search search) {
        int target = index(code);
        double[] weights = weights(search.weights());
        boolean[] required = required(search.weights());
        int[] dims = comparedDimensions(target, weights);
        requireOwnData(target, dims, weights, required, search.coverageFloor());
        double needed = search.coverageFloor() * total(weights);
        return others.stream().distinct().mapToInt(this::index).filter(i -> i != target)
                .filter(i -> !Double.isNaN(similarity(target, i, dims, weights, required, needed)))
                .mapToObj(i -> explain(target, i, weights, search.explain()))
                .filter(b -> !Double.isNaN(b.similarity()))
                .sorted(Comparator.comparingDouble(ComparableBuurt::similarity).reversed()
                        .thenComparing(b -> b.code().value()))
                .toList();
    }

    /** The weighted dimensions, in catalogue order. */
    private static int[] weighted(double[] weights) {
        return java.util.stream.IntStream.range(0, weights.length).filter(d -> weights[d] != 0).toArray();
    }

    /**
     * What {@link #explain} says without the contributions, over the basis' dimensions only: the same sums in the
     * same order, so the same numbers, without gathering every catalogue column of both buurten.
     */
    private ComparableBuurt summary(int a, int b, int[] basis, double[] weights, double similarity) {
        double compared = 0;
        double missing = 0;
        int count = 0;
        for (int d : basis) {
            if (Double.isNaN(scaled[d][a]) || Double.isNaN(scaled[d][b])) {
                missing += weights[d];
            } else {
                compared += weights[d];
                count++;
            }
        }
        int differsMost = -1;
        double largest = 0;
        for (int d : basis) {
            double distance = Gower.distance(kinds[d], scaled[d][a], scaled[d][b]);
            if (!Double.isNaN(distance) && contribution(weights[d], distance, compared) > largest) {
                largest = contribution(weights[d], distance, compared);
                differsMost = d;
            }
        }
        double total = compared + missing;
        return new ComparableBuurt(codes[b], namen[b], gemeenteNamen[b], similarity, count,
                total == 0 ? 0 : missing / total, differsMost < 0 ? null : definitions.get(differsMost).key(),
                pilot[b], null);
    }

    /**
     * Where the scope's buurten lie: codes are sorted and a gemeente's or wijk's codes share a prefix, so they form
     * one run, found by binary search. Everywhere is the whole snapshot.
     */
    private int[] range(BuurtCode code, Scope scope) {
        String start = code.value().substring(0, scope.sharedPrefix());
        return new int[]{firstAtLeast(start), firstAtLeast(start + Character.MAX_VALUE)};
    }

    private int firstAtLeast(String key) {
        int low = 0;
        int high = codes.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (codes[middle].value().compareTo(key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The dimensions that take part for {@code target}, in catalogue order: weighted, and not missing on its own side. */
    private int[] comparedDimensions(int target, double[] weights) {
        int[] dims = new int[weights.length];
        int count = 0;
        for (int d = 0; d < weights.length; d++) {
            if (weights[d] != 0 && !Double.isNaN(scaled[d][target])) {
                dims[count++] = d;
            }
        }
        return java.util.Arrays.copyOf(dims, count);
    }

    /**
     * The similarity {@link Gower#compare} gives, to the last bit: the same terms summed in the same (catalogue)
     * order, but over the compared dimensions only and without allocating, since the search ranks every buurt its
     * float filter lets through this way. NaN (not offered) when buurt i lacks a required dimension or covers less
     * than {@code needed} of the weight.
     */
    private double similarity(int target, int i, int[] dims, double[] weights, boolean[] required, double needed) {
        double weighted = 0;
        double compared = 0;
        for (int d : dims) {
            double value = scaled[d][i];
            if (Double.isNaN(value)) {
                if (required[d]) {
                    return Double.NaN;
                }
                continue;
            }
            weighted += weights[d] * Gower.distance(kinds[d], scaled[d][target], value);
            compared += weights[d];
        }
        if (compared == 0 || compared < needed - COVERAGE_TOLERANCE) {
            return Double.NaN;
        }
        return Math.max(0, Math.min(1, 1 - weighted / compared));
    }

    /** One pair, explained dimension by dimension; also when the two share no dimension (similarity NaN). */
    public ComparableBuurt compare(BuurtCode code, BuurtCode other, List<DimensionWeight> basis) {
        return explain(index(code), index(other), weights(basis), true);
    }

    /** Buurt b against a: similarity, what was compared, where they differ most, and the contributions if asked. */
    private ComparableBuurt explain(int a, int b, double[] weights, boolean withContributions) {
        Gower.Result result = Gower.compare(column(a, new double[kinds.length]), column(b, new double[kinds.length]),
                kinds, weights);
        IntFunction<DimensionKey> key = d -> definitions.get(d).key();
        return new ComparableBuurt(codes[b], namen[b], gemeenteNamen[b], result.similarity(),
                result.comparedDimensions(), result.missingWeight(), Explanation.differsMost(key, weights, result),
                pilot[b], withContributions
                        ? Explanation.contributions(key, weights, result, d -> shown(d, a), d -> shown(d, b)) : null);
    }

    private static double contribution(double weight, double distance, double compared) {
        return weight * distance / compared;
    }

    /** A value as people read it: the number, or the level's name. */
    private Object shown(int d, int i) {
        double value = raw[d][i];
        if (Double.isNaN(value)) {
            return null;
        }
        return kinds[d] == DimensionKind.NUMERIC ? (Object) value : definitions.get(d).levels().get((int) value);
    }

    private double[] weights(List<DimensionWeight> basis) {
        double[] weights = new double[kinds.length];
        for (DimensionWeight weight : basis) {
            weights[column(weight.column())] = weight.weight();
        }
        return weights;
    }

    private int column(DimensionKey key) {
        Integer d = columnByKey.get(key);
        if (d == null) {
            throw new IllegalArgumentException("dimension " + key + " is not in the catalogue");
        }
        return d;
    }

    private int index(BuurtCode code) {
        Integer i = indexByCode.get(code);
        if (i == null) {
            throw new NotFoundException("buurt", code);
        }
        return i;
    }

    /** Gathers buurt i's scaled values across the per-dimension arrays into {@code into}. */
    private double[] column(int i, double[] into) {
        for (int d = 0; d < kinds.length; d++) {
            into[d] = scaled[d][i];
        }
        return into;
    }

    /** Buurt {@code i}'s code, {@code i} in 0..size()-1 in code order; for whole-population uses such as typologies. */
    public BuurtCode code(int i) {
        return codes[i];
    }

    /** Whether buurt {@code i} is marked as proeftuin (PROEFTUIN_STATUS ja), as every search shows it. */
    public boolean proeftuin(int i) {
        return pilot[i];
    }

    /**
     * Buurt {@code i} on {@code dimension} before scaling: the number, or the level index; NaN when missing. For
     * deriving wijk and gemeente values from their buurten (package {@code area}).
     */
    public double raw(DimensionKey dimension, int i) {
        return raw[column(dimension)][i];
    }

    /** Buurt {@code i} scaled on {@code dimension}: as compared by Gower, or NaN when the figures are missing. */
    public double scaled(DimensionKey dimension, int i) {
        return scaled[column(dimension)][i];
    }
}
