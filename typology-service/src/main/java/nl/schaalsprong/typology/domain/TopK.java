package nl.schaalsprong.typology.domain;

/**
 * The best {@code k} so far, best first, in primitive arrays (no boxing on the hot path). Better means higher
 * similarity, and at equal similarity the lower index, which is the lower code: the tie-break by code.
 */
final class TopK {
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

    double similarity(int rank) {
        return similarity[rank];
    }

    int index(int rank) {
        return index[rank];
    }

    private static boolean better(double s, int i, double t, int j) {
        return s > t || (s == t && i < j);
    }
}
