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
        this(scaled, categorical, null, null);
    }

    /**
     * As above, but each column not in {@code changed} is taken from {@code previous} (the same buurten, the same
     * scaled values in that column): a snapshot revised by an import shares what the import did not touch.
     */
    FloatColumns(double[][] scaled, boolean[] categorical, FloatColumns previous, boolean[] changed) {
        this.size = scaled.length == 0 ? 0 : scaled[0].length;
        this.categorical = categorical.clone();
        values = new float[scaled.length][][];
        present = new float[scaled.length][][];
        for (int d = 0; d < scaled.length; d++) {
            if (previous != null && !changed[d]) {
                values[d] = previous.values[d];
                present[d] = previous.present[d];
            } else {
                column(d, scaled[d]);
            }
        }
    }

    private void column(int d, double[] scaled) {
        int blocks = (size + BLOCK - 1) / BLOCK;
        boolean gaps = false;
        for (double value : scaled) {
            gaps |= Double.isNaN(value);
        }
        values[d] = new float[blocks][];
        present[d] = gaps ? new float[blocks][] : null;
        for (int b = 0; b < blocks; b++) {
            int from = b * BLOCK;
            int n = Math.min(BLOCK, size - from);
            values[d][b] = new float[n];
            if (gaps) {
                present[d][b] = new float[n];
            }
            for (int i = 0; i < n; i++) {
                double value = scaled[from + i];
                boolean known = !Double.isNaN(value);
                values[d][b][i] = known ? (float) value : 0f;
                if (gaps) {
                    present[d][b][i] = known ? 1f : 0f;
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
