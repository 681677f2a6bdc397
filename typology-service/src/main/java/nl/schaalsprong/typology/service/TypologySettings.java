package nl.schaalsprong.typology.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import nl.schaalsprong.typology.domain.typology.ClaraSettings;
import nl.schaalsprong.typology.domain.typology.KRange;

/**
 * Tuning of typology runs (keys {@code schaalsprong.typologies.*}). The defaults type the national file in a few
 * seconds on two cores; larger samples buy steadier medoids and silhouettes at quadratic cost.
 */
@ConfigMapping(prefix = "schaalsprong.typologies")
public interface TypologySettings {

    /** Smallest k tried when the analyst leaves k to the service. */
    @WithDefault("4")
    int kMin();

    /** Largest k tried when the analyst leaves k to the service. */
    @WithDefault("15")
    int kMax();

    /** CLARA samples per k. */
    @WithDefault("5")
    int samples();

    /** Buurten per CLARA sample (PAM runs on this many). */
    @WithDefault("400")
    int sampleSize();

    /** Buurten the silhouette is estimated on. */
    @WithDefault("1500")
    int silhouetteSample();

    default KRange kRange() {
        return new KRange(kMin(), kMax());
    }

    default ClaraSettings clara() {
        return new ClaraSettings(samples(), sampleSize(), silhouetteSample());
    }
}
