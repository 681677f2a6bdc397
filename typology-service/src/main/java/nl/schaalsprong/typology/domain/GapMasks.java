package nl.schaalsprong.typology.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which columns the buurten of a snapshot miss, counted: each distinct gap mask (bit d set when a buurt has no value
 * on column d, columns 0..63) with how many buurten have it, and how many of those are not proeftuinen. A national
 * search counts the buurten its coverage floor and required dimensions leave out; what leaves a buurt out depends
 * only on its mask, and the 14,574 buurten of 2024 have a few dozen masks, so the count is a loop over masks instead
 * of over buurten (it was a third of a search's time). Likewise the share of the weight a buurt has values on is
 * worked out once per mask and search, and looked up per buurt through {@link #of(int)}.
 */
final class GapMasks {

    private final long[] masks;
    private final int[] buurten;
    private final int[] nonPilots;
    /** Per buurt, the position of its mask in {@link #masks}. */
    private final int[] maskOf;

    GapMasks(long[] gaps, boolean[] pilot) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, Integer> positions = new LinkedHashMap<>();
        maskOf = new int[gaps.length];
        for (int i = 0; i < gaps.length; i++) {
            maskOf[i] = positions.computeIfAbsent(gaps[i], mask -> positions.size());
            int[] count = counts.computeIfAbsent(gaps[i], mask -> new int[2]);
            count[0]++;
            if (!pilot[i]) {
                count[1]++;
            }
        }
        masks = new long[counts.size()];
        buurten = new int[counts.size()];
        nonPilots = new int[counts.size()];
        int m = 0;
        for (Map.Entry<Long, int[]> entry : counts.entrySet()) {
            masks[m] = entry.getKey();
            buurten[m] = entry.getValue()[0];
            nonPilots[m] = entry.getValue()[1];
            m++;
        }
    }

    int size() {
        return masks.length;
    }

    long mask(int m) {
        return masks[m];
    }

    /** The position of buurt i's mask. */
    int of(int i) {
        return maskOf[i];
    }

    /** How many buurten have mask m; without proeftuinen when they are left out of the search. */
    int count(int m, boolean excludePilots) {
        return excludePilots ? nonPilots[m] : buurten[m];
    }
}
