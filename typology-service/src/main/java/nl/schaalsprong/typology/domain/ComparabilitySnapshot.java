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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

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
            for (int i = 0; i < n; i++) {
                scaled[d][i] = scales[d].scale(raw[d][i]);
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
        double[] similarity = similarities(target, weights);
        // Worst of the best-so-far at the head: lower similarity is worse, and at equal similarity a later code is.
        Comparator<Integer> worseFirst = Comparator.<Integer>comparingDouble(i -> similarity[i])
                .thenComparing(Comparator.<Integer>naturalOrder().reversed());
        PriorityQueue<Integer> best = new PriorityQueue<>(search.limit() + 1, worseFirst);
        for (int i = 0; i < codes.length; i++) {
            if (i == target || Double.isNaN(similarity[i]) || (search.excludePilots() && pilot[i])) {
                continue;
            }
            // Most buurten lose against the current worst; testing first keeps the heap and boxing off the hot path.
            if (best.size() == search.limit() && worseFirst.compare(i, best.peek()) <= 0) {
                continue;
            }
            if (!search.scope().includes(code, codes[i])) {
                continue;
            }
            best.add(i);
            if (best.size() > search.limit()) {
                best.poll();
            }
        }
        List<ComparableBuurt> ranked = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            ranked.add(explain(target, best.poll(), weights));
        }
        Collections.reverse(ranked);
        return ranked;
    }

    /**
     * {@link Gower#similarity} of {@code target} to every buurt, computed column by column: each weighted
     * dimension is one linear pass over its array, which is what the structure-of-arrays layout is for. The
     * dimensions are summed in the same order as {@link Gower#similarity}, so the results are identical.
     */
    private double[] similarities(int target, double[] weights) {
        int n = codes.length;
        double[] weighted = new double[n];
        double[] compared = new double[n];
        for (int d = 0; d < weights.length; d++) {
            double w = weights[d];
            double own = scaled[d][target];
            if (w == 0 || Double.isNaN(own)) {
                continue; // not in the basis, or missing on the target's side for every pair
            }
            double[] values = scaled[d];
            if (kinds[d] == DimensionKind.CATEGORICAL) {
                for (int i = 0; i < n; i++) {
                    double v = values[i];
                    if (v == v) {
                        compared[i] += w;
                        weighted[i] += v == own ? 0 : w;
                    }
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double v = values[i];
                    if (v == v) {
                        compared[i] += w;
                        weighted[i] += w * Math.abs(own - v);
                    }
                }
            }
        }
        double[] similarity = new double[n];
        for (int i = 0; i < n; i++) {
            similarity[i] = compared[i] == 0 ? Double.NaN : Math.max(0, Math.min(1, 1 - weighted[i] / compared[i]));
        }
        return similarity;
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
