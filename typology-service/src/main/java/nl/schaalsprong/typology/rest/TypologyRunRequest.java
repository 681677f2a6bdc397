package nl.schaalsprong.typology.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import nl.schaalsprong.typology.domain.typology.KRange;
import nl.schaalsprong.typology.domain.typology.TypologyParameters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TypologyRunRequest", description = "What to cluster and into how many types; every field is optional")
public record TypologyRunRequest(
        @Schema(description = "Number of types, 2..50; leave out to let the service propose k by silhouette "
                + "(tries schaalsprong.typologies.k-min..k-max, default 4..15)", example = "12")
        @Min(KRange.LOWEST) @Max(KRange.HIGHEST) Integer k,
        @Schema(description = "Seed of every random draw; the same seed on the same buurten gives the same typology",
                example = "42", defaultValue = "42") Long seed,
        @Schema(description = "Comparability basis to cluster on", example = "default", defaultValue = "default")
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,62}$", message = "must be a lower-case basis name") String basis) {

    TypologyParameters parameters() {
        return new TypologyParameters(k, seed == null ? TypologyParameters.DEFAULT_SEED : seed,
                basis == null ? TypologyParameters.DEFAULT_BASIS : basis);
    }

    static final TypologyRunRequest DEFAULTS = new TypologyRunRequest(null, null, null);
}
