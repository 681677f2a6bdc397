package nl.schaalsprong.lessons.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where verification-service is reachable for clients following our links to its records. */
@ConfigMapping(prefix = "schaalsprong.lessons.verification")
public interface VerificationLinks {

    /** Public base URL of verification-service, without a trailing slash. */
    @WithDefault("http://localhost:8083")
    String baseUrl();
}
