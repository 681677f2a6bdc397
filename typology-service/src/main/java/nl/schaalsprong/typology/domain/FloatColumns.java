package nl.schaalsprong.typology.domain;

/**
 * The snapshot's scaled columns once more, as floats laid out for the search's first pass: cut into blocks of
 * {@link #BLOCK} buurten, so that a block's sums and a block of a column are indexed alike (the JIT only turns such
 * loops into vector instructions), at half the bytes of the doubles and twice the values per vector register.
 * Numeric and ordinal values are in [0,1], so |a − b| is their Gower distance; categorical values are whole level
 * indexes, so min(1, |a − b|) is their mismatch. Only a filter: whatever it lets through is ranked on the doubles
 * (see {@link TopKScan}).
 */
final class FloatColumns {

    /** Buurten per block: a block's two float sums (4 KiB) and a block of each column stay in the first-level cache. */
    static final int BLOCK = 512;

    private final int size;
    /** {@code values[d][b][i]}: buurt {@code b * BLOCK + i} on dimension d; 0 where missing. */
    private final float[][][] values;
    /** Null for a column without gaps; otherwise per block 1 where the value is present and 0 where it is missing. */
    private final float[][][] present;
    private final boolean[] categorical;

    FloatColumns(double[][] scaled, boolean[] categorical) {
        this.size = scaled.length == 0 ? 0 : scaled[0].length;
        this.categorical = categorical.clone();
        int blocks = (size + BLOCK - 1) / BLOCK;
        values = new float[scaled.length][blocks][];
        present = new float[scaled.length][][];
        for (int d = 0; d < scaled.length; d++) {
            boolean gaps = false;
            for (double value : scaled[d]) {
                gaps |= Double.isNaN(value);
            }
            present[d] = gaps ? new float[blocks][] : null;
            for (int b = 0; b < blocks; b++) {
                int from = b * BLOCK;
                int n = Math.min(BLOCK, size - from);
                values[d][b] = new float[n];
                if (gaps) {
                    present[d][b] = new float[n];
                }
                for (int i = 0; i < n; i++) {
                    double value = scaled[d][from + i];
                    boolean known = !Double.isNaN(value);
                    values[d][b][i] = known ? (float) value : 0f;
                    if (gaps) {
                        present[d][b][i] = known ? 1f : 0f;
                    }
                }
            }
        }
    }

    int size() {
        return size;
    }

    int blocks() {
        return (size + BLOCK - 1) / BLOCK;
    }

    /** Buurt i on dimension d as a float; only for a value known to be present. */
    float value(int d, int i) {
        return values[d][i / BLOCK][i % BLOCK];
    }

    float[] block(int d, int b) {
        return values[d][b];
    }

    /** Null when no buurt misses dimension d. */
    float[] presentBlock(int d, int b) {
        return present[d] == null ? null : present[d][b];
    }

    boolean hasGaps(int d) {
        return present[d] != null;
    }

    boolean categorical(int d) {
        return categorical[d];
    }
}
