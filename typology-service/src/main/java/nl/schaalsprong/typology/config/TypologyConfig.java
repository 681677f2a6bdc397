package nl.schaalsprong.typology.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Tuning of typology-service; every key has a default that suits the national CBS file. */
@ConfigMapping(prefix = "schaalsprong.typology")
public interface TypologyConfig {

    /** Keys under {@code schaalsprong.typology.import}. */
    @WithName("import")
    Import importing();

    interface Import {
        /** Rows per JDBC batch when storing an import: large enough to be fast, small enough to keep memory flat. */
        @WithDefault("500")
        int batchSize();
    }
}
