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
import nl.schaalsprong.typology.domain.comparison.Contribution;
import nl.schaalsprong.typology.domain.comparison.Gower;
import nl.schaalsprong.typology.domain.comparison.Search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All buurten on every catalogue dimension, scaled once, held as one array per dimension (structure of arrays)
 * so a comparison scans memory linearly. Bases only supply weights per column, so one snapshot serves every
 * basis. Immutable: a change builds a new snapshot that is swapped in whole, so a search sees the old or the new
 * population, never a mix, and the scaling always matches the population.
 */
public final class ComparabilitySnapshot {

    /** One buurt as the snapshot is built from. */
    public record Member(BuurtCode code, String naam, String gemeenteNaam, Kerncijfers kerncijfers,
                         Map<DimensionKey, AttributeValue> attributes) {
        public Member {
            attributes = Map.copyOf(attributes);
        }
    }

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
    private final boolean[] pilot;
    /** {@code complete[d]}: no buurt misses dimension d, so the search can skip the missing-value test. */
    private final boolean[] complete;
    /** For numeric and ordinal columns with gaps: 1 where present, 0 where missing; and the value, 0 where missing. */
    private final double[][] present;
    private final double[][] filled;
    private final Map<BuurtCode, Integer> indexByCode;

    private ComparabilitySnapshot(DimensionCatalogue catalogue, List<Member> sorted) {
        this.definitions = catalogue.definitions();
        int dims = definitions.size();
        int n = sorted.size();
        this.kinds = new DimensionKind[dims];
        this.scales = new ColumnScale[dims];
        this.codes = new BuurtCode[n];
        this.namen = new String[n];
        this.gemeenteNamen = new String[n];
        this.raw = new double[dims][n];
        this.scaled = new double[dims][n];
        this.pilot = new boolean[n];
        this.complete = new boolean[dims];
        this.present = new double[dims][];
        this.filled = new double[dims][];
        this.indexByCode = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Member member = sorted.get(i);
            if (i > 0 && member.code().equals(codes[i - 1])) {
                throw new IllegalArgumentException("buurt " + member.code() + " occurs twice");
            }
            codes[i] = member.code();
            namen[i] = member.naam();
            gemeenteNamen[i] = member.gemeenteNaam();
            indexByCode.put(member.code(), i);
            AttributeValue status = member.attributes().get(StandardDimensions.PROEFTUIN_STATUS);
            pilot[i] = status != null && StandardDimensions.IS_PROEFTUIN.equals(status.text());
            for (int d = 0; d < dims; d++) {
                raw[d][i] = definitions.get(d).rawValue(member.kerncijfers(), member.attributes());
            }
        }
        for (int d = 0; d < dims; d++) {
            DimensionDefinition definition = definitions.get(d);
            columnByKey.put(definition.key(), d);
            kinds[d] = definition.kind();
            scales[d] = switch (definition.kind()) {
                case NUMERIC -> ColumnScale.numeric(raw[d]);
                case ORDINAL -> ColumnScale.ordinal(definition.levels().size());
                case CATEGORICAL -> ColumnScale.categorical(definition.levels().size());
            };
            complete[d] = true;
            for (int i = 0; i < n; i++) {
                scaled[d][i] = scales[d].scale(raw[d][i]);
                complete[d] &= !Double.isNaN(scaled[d][i]);
            }
            if (!complete[d] && kinds[d] != DimensionKind.CATEGORICAL) {
                present[d] = new double[n];
                filled[d] = new double[n];
                for (int i = 0; i < n; i++) {
                    boolean known = !Double.isNaN(scaled[d][i]);
                    present[d][i] = known ? 1 : 0;
                    filled[d][i] = known ? scaled[d][i] : 0;
                }
            }
        }
    }

    public static ComparabilitySnapshot empty(DimensionCatalogue catalogue) {
        return of(catalogue, List.of());
    }

    public static ComparabilitySnapshot of(DimensionCatalogue catalogue, List<Member> members) {
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(Member::code));
        return new ComparabilitySnapshot(catalogue, sorted);
    }

    public int size() {
        return codes.length;
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
     * by code, so the answer is deterministic. Buurten sharing no weighted dimension with it are left out.
     */
    public List<ComparableBuurt> mostComparableTo(BuurtCode code, Search search) {
        int target = index(code);
        double[] weights = weights(search.weights());
        int[] dims = comparedDimensions(target, weights);
        double[] weighted = new double[BLOCK];
        double[] compared = new double[BLOCK];
        TopK best = new TopK(search.limit());
        // Block by block, so the running sums stay in the first-level cache while each column streams through once.
        for (int from = 0; from < codes.length; from += BLOCK) {
            int to = Math.min(codes.length, from + BLOCK);
            accumulate(target, weights, dims, from, to, weighted, compared);
            for (int i = from; i < to; i++) {
                double sum = compared[i - from];
                if (i == target || sum == 0 || (search.excludePilots() && pilot[i])) {
                    continue;
                }
                // Cheap reject without a division: distance share clearly above the current worst's. The margin
                // keeps rounding from ever rejecting a candidate the exact comparison below would take.
                if (best.isFull() && weighted[i - from] > (1 - best.worstSimilarity()) * sum * (1 + 1e-9) + 1e-12) {
                    continue;
                }
                double similarity = Math.max(0, Math.min(1, 1 - weighted[i - from] / sum));
                // Most buurten lose against the current worst; the scope test only runs for those that would not.
                if (best.accepts(similarity, i) && search.scope().includes(code, codes[i])) {
                    best.add(similarity, i);
                }
            }
        }
        List<ComparableBuurt> ranked = new ArrayList<>(best.size());
        for (int r = 0; r < best.size(); r++) {
            ranked.add(explain(target, best.index(r), weights));
        }
        return ranked;
    }

    /** Buurten per block of the search: two blocks of sums (8 KiB) fit the first-level cache. */
    private static final int BLOCK = 512;

    /** The dimensions that take part for {@code target}: weighted, and not missing on its own side. */
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
     * Sums, for buurten {@code from..to}, the weighted Gower distances to {@code target} and the weights compared,
     * one dimension at a time over its array (structure of arrays). Dimensions are summed in the same order as
     * {@link Gower#compare}, so the similarities derived from these sums are identical to its result. A column without
     * missing values takes a loop without the missing-value test.
     */
    private void accumulate(int target, double[] weights, int[] dims, int from, int to, double[] weighted,
                            double[] compared) {
        int n = to - from;
        java.util.Arrays.fill(weighted, 0, n, 0);
        java.util.Arrays.fill(compared, 0, n, 0);
        for (int d : dims) {
            double w = weights[d];
            double own = scaled[d][target];
            double[] values = scaled[d];
            if (kinds[d] == DimensionKind.CATEGORICAL) {
                for (int i = 0; i < n; i++) {
                    double v = values[from + i];
                    if (v == v) {
                        compared[i] += w;
                        weighted[i] += v == own ? 0 : w;
                    }
                }
            } else if (complete[d]) {
                for (int i = 0; i < n; i++) {
                    compared[i] += w;
                    weighted[i] += w * Math.abs(own - values[from + i]);
                }
            } else {
                // Branch-free over a column with gaps: present is 1 or 0, filled has 0 where the value is missing,
                // so a missing value adds exactly 0 to both sums and the loop can be vectorised.
                double[] present = this.present[d];
                double[] filled = this.filled[d];
                for (int i = 0; i < n; i++) {
                    double p = present[from + i];
                    compared[i] += w * p;
                    weighted[i] += w * p * Math.abs(own - filled[from + i]);
                }
            }
        }
    }

    /**
     * The best {@code k} so far, best first, in primitive arrays (no boxing on the hot path). Better means higher
     * similarity, and at equal similarity the lower index, which is the lower code: the tie-break by code.
     */
    private static final class TopK {
        private final double[] similarity;
        private final int[] index;
        private int size;

        TopK(int k) {
            similarity = new double[k];
            index = new int[k];
        }

        boolean accepts(double candidate, int i) {
            return size < index.length || better(candidate, i, similarity[size - 1], index[size - 1]);
        }

        void add(double candidate, int i) {
            int at = size < index.length ? size++ : size - 1;
            while (at > 0 && better(candidate, i, similarity[at - 1], index[at - 1])) {
                similarity[at] = similarity[at - 1];
                index[at] = index[at - 1];
                at--;
            }
            similarity[at] = candidate;
            index[at] = i;
        }

        int size() {
            return size;
        }

        boolean isFull() {
            return size == index.length;
        }

        double worstSimilarity() {
            return similarity[size - 1];
        }

        int index(int rank) {
            return index[rank];
        }

        private static boolean better(double s, int i, double t, int j) {
            return s > t || (s == t && i < j);
        }
    }

    /** One pair, explained dimension by dimension; also when the two share no dimension (similarity NaN). */
    public ComparableBuurt compare(BuurtCode code, BuurtCode other, List<DimensionWeight> basis) {
        return explain(index(code), index(other), weights(basis));
    }

    private ComparableBuurt explain(int a, int b, double[] weights) {
        Gower.Result result = Gower.compare(column(a, new double[kinds.length]), column(b, new double[kinds.length]),
                kinds, weights);
        double total = 0;
        double compared = 0;
        for (int d = 0; d < weights.length; d++) {
            total += weights[d];
            compared += Double.isNaN(result.distances()[d]) ? 0 : weights[d];
        }
        List<Contribution> contributions = new ArrayList<>();
        for (int d = 0; d < weights.length; d++) {
            if (weights[d] == 0) {
                continue;
            }
            double distance = result.distances()[d];
            boolean missing = Double.isNaN(distance);
            contributions.add(new Contribution(definitions.get(d).key(), weights[d] / total,
                    missing ? null : distance, missing ? 0 : weights[d] * distance / compared,
                    shown(d, a), shown(d, b)));
        }
        // Where they differ most first; missing last; ties in catalogue order (the sort is stable).
        contributions.sort(Comparator.comparing(Contribution::missing)
                .thenComparing(Comparator.comparingDouble(Contribution::contribution).reversed()));
        return new ComparableBuurt(codes[b], namen[b], gemeenteNamen[b], result.similarity(),
                result.comparedDimensions(), result.missingWeight(), contributions);
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
            weights[column(weight.dimension())] = weight.weight();
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

    /** Buurt {@code i} scaled on {@code dimension}: as compared by Gower, or NaN when the figures are missing. */
    public double scaled(DimensionKey dimension, int i) {
        return scaled[column(dimension)][i];
    }
}
