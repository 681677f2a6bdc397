package nl.schaalsprong.lessons.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a buurt code typology-service confirmed is trusted without asking again. */
@ConfigMapping(prefix = "schaalsprong.lessons.known-buurten")
public interface KnownBuurtenConfig {

    /**
     * CBS redraws buurten once a year, at an import; minutes of trust cost nothing in correctness and save a call
     * per lesson recorded. Codes typology did not know are never remembered: an import may add them.
     */
    @WithDefault("10m")
    Duration ttl();
}
