package nl.schaalsprong.dashboard;

import io.smallrye.config.ConfigMapping;

import java.net.URI;
import java.time.Duration;

/** Where the three services are, and what the pages load. */
@ConfigMapping(prefix = "dashboard")
public interface DashboardConfig {

    URI lessonsUrl();

    URI typologyUrl();

    URI verificationUrl();

    Duration forwardTimeout();

    String echartsVersion();
}
