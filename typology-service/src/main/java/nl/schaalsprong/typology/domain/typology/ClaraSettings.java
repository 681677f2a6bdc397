package nl.schaalsprong.typology.domain.typology;

/**
 * How hard CLARA works: how many samples it clusters with PAM and how large each is, and how many items the
 * silhouette is estimated on. Larger is steadier and slower; PAM is quadratic in the sample size.
 */
public record ClaraSettings(int samples, int sampleSize, int silhouetteSample) {

    /** Five samples as Kaufman and Rousseeuw's CLARA, but larger ones (they used 40 + 2k) for steadier medoids. */
    public static final ClaraSettings DEFAULT = new ClaraSettings(5, 400, 1500);

    public ClaraSettings {
        if (samples < 1 || samples > 100) {
            throw new IllegalArgumentException("samples must be 1..100, got " + samples);
        }
        if (sampleSize < 10 || sampleSize > 5_000) {
            throw new IllegalArgumentException("sample size must be 10..5000, got " + sampleSize);
        }
        if (silhouetteSample < 10 || silhouetteSample > 20_000) {
            throw new IllegalArgumentException("silhouette sample must be 10..20000, got " + silhouetteSample);
        }
    }
}
