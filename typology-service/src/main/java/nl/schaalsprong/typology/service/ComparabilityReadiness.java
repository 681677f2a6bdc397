package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the buurten are in memory: before that, every comparable search would answer 404. */
@Readiness
@ApplicationScoped
public class ComparabilityReadiness implements HealthCheck {

    private final ComparabilityIndex index;

    public ComparabilityReadiness(ComparabilityIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("comparability-snapshot")
                .status(index.isLoaded())
                .withData("buurten", index.current().size())
                .build();
    }
}
