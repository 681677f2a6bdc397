package nl.schaalsprong.verification.rest;

import nl.schaalsprong.platform.csv.CsvAnswer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.mapping.LearningBreakdownView;
import nl.schaalsprong.verification.mapping.LearningDimension;
import nl.schaalsprong.verification.mapping.LearningMetricsView;
import nl.schaalsprong.verification.service.LearningMetricsService;
import nl.schaalsprong.verification.service.LearningScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;

/** The learning metrics for KLP dashboards, as JSON or as CSV (one row per month or group). */
@Path("/api/v1/learning-metrics")
@Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
@Tag(name = "Learning")
public class LearningMetricsResource {

    static final String MONTH_FORMAT = "[0-9]{4}-(0[1-9]|1[0-2])";
    static final String ROUTE_FORMAT = "GROEI|REPLICATIE|CIRCULATIE|INSTITUTIONALISERING";
    static final String DIMENSION_FORMAT = "GEMEENTE|ROUTE|THEME|PROEFTUIN_STATUS";
    static final String THEME_FORMAT = "[a-z0-9][a-z0-9-]{0,62}";

    private final LearningMetricsService metrics;

    public LearningMetricsResource(LearningMetricsService metrics) {
        this.metrics = metrics;
    }

    @GET
    @Operation(operationId = "getLearningMetrics", summary = "How well the programme learns, for KLP dashboards",
            description = "Lessons tagged, suggestions made, accepted, declined, concluded, median days from suggestion"
                    + " to conclusion, confirmation rate, share of null results, typology types and gemeenten covered;"
                    + " per month (UTC) and overall. With both `from` and `to` every month of the period is listed,"
                    + " months without activity as zeros; otherwise the months in which anything happened. `theme`,"
                    + " `route` and `gemeente` narrow it to the verifications of lessons with that theme or route, in"
                    + " buurten of that gemeente (lessons tagged: learned in that gemeente). `Accept: text/csv` gives"
                    + " one row per month and a last row `overall`.")
    @APIResponse(responseCode = "200", description = "The metrics of the scope")
    @APIResponse(responseCode = "400", description = "A month not written YYYY-MM, from after to, a period over 240"
            + " months, an unknown route or a gemeente that is no CBS code")
    public LearningMetricsView metrics(
            @Parameter(description = "First month (UTC), YYYY-MM", example = "2027-01")
            @QueryParam("from") @Pattern(regexp = MONTH_FORMAT, message = "must be a month written YYYY-MM") String from,
            @Parameter(description = "Last month (UTC), YYYY-MM, included", example = "2027-12")
            @QueryParam("to") @Pattern(regexp = MONTH_FORMAT, message = "must be a month written YYYY-MM") String to,
            @Parameter(description = "Theme: the family of the lesson's tags", example = "participatie")
            @QueryParam("theme") @Pattern(regexp = THEME_FORMAT, message = "must be a tag family such as participatie")
            String theme,
            @Parameter(description = "Scaling route the lesson speaks to", example = "REPLICATIE",
                    schema = @Schema(enumeration = {"GROEI", "REPLICATIE", "CIRCULATIE", "INSTITUTIONALISERING"}))
            @QueryParam("route") @Pattern(regexp = ROUTE_FORMAT, message = "must be one of " + ROUTE_FORMAT) String route,
            @Parameter(description = "CBS gemeente code of the target buurten", example = "GM0014")
            @QueryParam("gemeente") @Pattern(regexp = VerificationResource.GEMEENTE_FORMAT,
                    message = "must be a CBS gemeente code") String gemeente) {
        return metrics.metrics(scope(from, to, theme, route, gemeente));
    }

    @GET
    @Path("/breakdown")
    @Operation(operationId = "getLearningMetricsBreakdown", summary = "Learning metrics per gemeente, route, theme or"
            + " proeftuin status",
            description = "The verification figures of the period per group, most suggestions first, and their total."
                    + " A verification of a lesson on two routes (or themes) counts in both groups. Filters as for"
                    + " the monthly metrics. `Accept: text/csv` gives one row per group and a last row `total`.")
    @APIResponse(responseCode = "200", description = "The groups of the scope")
    @APIResponse(responseCode = "400", description = "No or an unknown `by`, or a filter as in getLearningMetrics")
    public LearningBreakdownView breakdown(
            @Parameter(description = "What to group by", required = true, example = "GEMEENTE",
                    schema = @Schema(enumeration = {"GEMEENTE", "ROUTE", "THEME", "PROEFTUIN_STATUS"}))
            @QueryParam("by") @NotNull(message = "is required")
            @Pattern(regexp = DIMENSION_FORMAT, message = "must be one of " + DIMENSION_FORMAT) String by,
            @Parameter(description = "First month (UTC), YYYY-MM", example = "2027-01")
            @QueryParam("from") @Pattern(regexp = MONTH_FORMAT, message = "must be a month written YYYY-MM") String from,
            @Parameter(description = "Last month (UTC), YYYY-MM, included", example = "2027-12")
            @QueryParam("to") @Pattern(regexp = MONTH_FORMAT, message = "must be a month written YYYY-MM") String to,
            @Parameter(description = "Theme: the family of the lesson's tags", example = "participatie")
            @QueryParam("theme") @Pattern(regexp = THEME_FORMAT, message = "must be a tag family such as participatie")
            String theme,
            @Parameter(description = "Scaling route the lesson speaks to", example = "REPLICATIE",
                    schema = @Schema(enumeration = {"GROEI", "REPLICATIE", "CIRCULATIE", "INSTITUTIONALISERING"}))
            @QueryParam("route") @Pattern(regexp = ROUTE_FORMAT, message = "must be one of " + ROUTE_FORMAT) String route,
            @Parameter(description = "CBS gemeente code of the target buurten", example = "GM0014")
            @QueryParam("gemeente") @Pattern(regexp = VerificationResource.GEMEENTE_FORMAT,
                    message = "must be a CBS gemeente code") String gemeente) {
        return metrics.breakdown(scope(from, to, theme, route, gemeente), LearningDimension.valueOf(by));
    }

    private static LearningScope scope(String from, String to, String theme, String route, String gemeente) {
        return new LearningScope(from == null ? null : YearMonth.parse(from), to == null ? null : YearMonth.parse(to),
                theme, route == null ? null : Route.valueOf(route), gemeente);
    }
}
