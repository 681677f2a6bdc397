package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.NotFoundException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * All buurten scaled on every {@link Dimension}, held as one array per dimension (structure of arrays) so a
 * comparison scans memory linearly. Immutable: an import builds a new snapshot and swaps it in whole, so a
 * search sees the old or the new population, never a mix, and the scaling always matches the population.
 */
public final class ComparabilitySnapshot {

    /** One buurt as the snapshot is built from. */
    public record Member(BuurtCode code, String naam, String gemeenteNaam, Kerncijfers kerncijfers) {
    }

    private static final Dimension[] DIMENSIONS = Dimension.values();

    /** Sorted by code: the index order is the tie-break order. */
    private final BuurtCode[] codes;
    private final String[] namen;
    private final String[] gemeenteNamen;
    /** {@code scaled[d][i]}: buurt i on dimension d, in [0,1] or NaN when missing. */
    private final double[][] scaled;
    private final RobustRange[] ranges;
    private final double[] weights;
    private final Map<BuurtCode, Integer> indexByCode;

    private ComparabilitySnapshot(BuurtCode[] codes, String[] namen, String[] gemeenteNamen, double[][] scaled,
                                  RobustRange[] ranges) {
        this.codes = codes;
        this.namen = namen;
        this.gemeenteNamen = gemeenteNamen;
        this.scaled = scaled;
        this.ranges = ranges;
        this.weights = Arrays.stream(DIMENSIONS).mapToDouble(Dimension::weight).toArray();
        this.indexByCode = new HashMap<>(codes.length * 2);
        for (int i = 0; i < codes.length; i++) {
            indexByCode.put(codes[i], i);
        }
    }

    public static ComparabilitySnapshot empty() {
        return of(List.of());
    }

    public static ComparabilitySnapshot of(List<Member> members) {
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(Member::code));
        int n = sorted.size();
        BuurtCode[] codes = new BuurtCode[n];
        String[] namen = new String[n];
        String[] gemeenteNamen = new String[n];
        double[][] raw = new double[DIMENSIONS.length][n];
        for (int i = 0; i < n; i++) {
            Member member = sorted.get(i);
            if (i > 0 && member.code().equals(codes[i - 1])) {
                throw new IllegalArgumentException("buurt " + member.code() + " occurs twice");
            }
            codes[i] = member.code();
            namen[i] = member.naam();
            gemeenteNamen[i] = member.gemeenteNaam();
            for (int d = 0; d < DIMENSIONS.length; d++) {
                raw[d][i] = DIMENSIONS[d].valueOf(member.kerncijfers());
            }
        }
        RobustRange[] ranges = new RobustRange[DIMENSIONS.length];
        double[][] scaled = new double[DIMENSIONS.length][n];
        for (int d = 0; d < DIMENSIONS.length; d++) {
            ranges[d] = DIMENSIONS[d].rangeOver(raw[d]);
            for (int i = 0; i < n; i++) {
                scaled[d][i] = ranges[d].scale(raw[d][i]);
            }
        }
        return new ComparabilitySnapshot(codes, namen, gemeenteNamen, scaled, ranges);
    }

    public int size() {
        return codes.length;
    }

    public boolean contains(BuurtCode code) {
        return indexByCode.containsKey(code);
    }

    /** The scale each dimension was mapped with, in {@link Dimension} order. */
    public List<RobustRange> ranges() {
        return List.of(ranges);
    }

    /**
     * The {@code limit} other buurten most similar to {@code code}: highest similarity first, equal similarity
     * by code, so the answer is deterministic. Buurten sharing no dimension with it are not comparable and left out.
     */
    public List<ComparableBuurt> mostComparableTo(BuurtCode code, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        Integer target = indexByCode.get(code);
        if (target == null) {
            throw new NotFoundException("buurt", code);
        }
        double[] own = column(target, new double[DIMENSIONS.length]);
        double[] other = new double[DIMENSIONS.length];
        double[] similarity = new double[codes.length];
        // Worst of the best-so-far at the head: lower similarity is worse, and at equal similarity a later code is.
        Comparator<Integer> worseFirst = Comparator.<Integer>comparingDouble(i -> similarity[i])
                .thenComparing(Comparator.<Integer>naturalOrder().reversed());
        PriorityQueue<Integer> best = new PriorityQueue<>(limit + 1, worseFirst);
        for (int i = 0; i < codes.length; i++) {
            if (i == target) {
                continue;
            }
            similarity[i] = Similarity.between(own, column(i, other), weights);
            if (Double.isNaN(similarity[i])) {
                continue;
            }
            best.add(i);
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<ComparableBuurt> ranked = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            int i = best.poll();
            ranked.add(new ComparableBuurt(codes[i], namen[i], gemeenteNamen[i], similarity[i],
                    Similarity.sharedDimensions(own, column(i, other), weights)));
        }
        Collections.reverse(ranked);
        return ranked;
    }

    /** Gathers buurt i's scaled values across the per-dimension arrays into {@code into}. */
    private double[] column(int i, double[] into) {
        for (int d = 0; d < DIMENSIONS.length; d++) {
            into[d] = scaled[d][i];
        }
        return into;
    }

    /** Buurt {@code i}'s code, {@code i} in 0..size()-1 in code order; for whole-population uses such as typologies. */
    public BuurtCode code(int i) {
        return codes[i];
    }

    /** Buurt {@code i} scaled on {@code dimension}: in [0,1], or NaN when the figures are missing. */
    public double scaled(Dimension dimension, int i) {
        return scaled[dimension.ordinal()][i];
    }
}
