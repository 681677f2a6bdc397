package nl.schaalsprong.verification.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.verification.mapping.LearningMetricsView;
import nl.schaalsprong.verification.service.LearningMetricsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/learning-metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning")
public class LearningMetricsResource {

    private final LearningMetricsService metrics;

    public LearningMetricsResource(LearningMetricsService metrics) {
        this.metrics = metrics;
    }

    @GET
    @Operation(summary = "How well the programme learns, for KLP dashboards",
            description = "Lessons tagged, suggestions made, accepted, declined, concluded, median days from suggestion"
                    + " to conclusion, confirmation rate, share of null results, typology types and gemeenten covered;"
                    + " per month (UTC) and overall.")
    public LearningMetricsView metrics() {
        return metrics.metrics();
    }
}
