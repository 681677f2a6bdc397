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
        /** Buurten per JDBC batch of names when storing an import (its figure values go in as one COPY). */
        @WithDefault("500")
        int batchSize();
    }

    /** Keys under {@code schaalsprong.typology.index}. */
    Index index();

    interface Index {
        /** How often the comparability index polls {@code index_version} for changes another replica committed. */
        @WithDefault("5s")
        java.time.Duration pollInterval();
    }

    /** Keys under {@code schaalsprong.typology.jobs}. */
    Jobs jobs();

    interface Jobs {
        /** How long a job's lease holds unless its process renews it. */
        @WithDefault("30s")
        java.time.Duration lease();

        /** How often a process renews its leases and fails jobs whose lease ran out; well under the lease. */
        @WithDefault("10s")
        java.time.Duration renewInterval();

        /**
         * Whether a full collection hands the heap back when the last running job ends (service HeapRelease); off
         * where that stop-the-world pause after bulk work matters more than resident memory.
         */
        @WithDefault("true")
        boolean releaseHeap();
    }
}
