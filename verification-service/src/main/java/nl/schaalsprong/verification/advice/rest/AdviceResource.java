package nl.schaalsprong.verification.advice.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.platform.domain.MalformedValueException;
import nl.schaalsprong.verification.advice.domain.AdviceFilter;
import nl.schaalsprong.verification.advice.service.AdviceService;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The gemeente's question: which approaches fit my buurt, wijk or gemeente, and how sure are we. */
@Path("/api/v1/advice")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Advice", description = "Which approach components fit an area, and how sure we are")
public class AdviceResource {

    /** Each component carries its lessons and places, so a page is kept smaller than the usual 200. */
    static final int MAX_SIZE = 50;

    private final AdviceService advice;

    public AdviceResource(AdviceService advice) {
        this.advice = advice;
    }

    @GET
    @Operation(operationId = "listAdvice", summary = "Advice for a buurt, wijk or gemeente",
            description = "Approach components (tags) ranked by how well their success is established in buurten of"
                    + " the area's type on the default basis: supported here (GENERIEK, or MENU confirmed in this"
                    + " type) before still open before evidence against it here, then by evidence level and how sure"
                    + " the confirmations in this type and overall are. Each with its level and layer and their"
                    + " reasons from the published rules, the layer read for this type, the chance flag"
                    + " (toevalsrisico) and the pilot-status effect, the lessons behind it, and where it was"
                    + " confirmed and where not (failures in this type first) with why each place is comparable."
                    + " Example: `GET /api/v1/advice?area=BU00141002&theme=participatie&minLevel=INDICATIVE`.")
    @APIResponse(responseCode = "200", description = "One page of advice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdviceView.class)))
    @APIResponse(responseCode = "400", description = "No area, an area that is not a CBS buurt, wijk or gemeente"
            + " code, an unknown route or level, a malformed theme, or page or size out of range")
    @APIResponse(responseCode = "404", description = "No buurt, wijk or gemeente of 2024 has this code")
    @APIResponse(responseCode = "503", description = "typology-service cannot say what the area is right now")
    public AdviceView list(
            @Parameter(description = "CBS code of a buurt (BU + 8), wijk (WK + 6) or gemeente (GM + 4)",
                    example = "BU00141002", required = true)
            @QueryParam("area") @NotNull(message = "is required: a buurt, wijk or gemeente code") String area,
            @Parameter(description = "Only components with a lesson on this theme, or whose tag family it is",
                    example = "participatie")
            @QueryParam("theme") @Pattern(regexp = "^[a-z][a-z-]{0,62}$", message = "must be a theme code such as"
                    + " participatie") String theme,
            @Parameter(description = "Only components with a lesson on this scaling route", example = "REPLICATIE",
                    schema = @Schema(implementation = Route.class))
            @QueryParam("route") String route,
            @Parameter(description = "Only components at least this level (CONTESTED < ORIGIN_ONLY < INDICATIVE <"
                    + " REPLICATED < ESTABLISHED)", example = "INDICATIVE",
                    schema = @Schema(implementation = EvidenceLevel.class))
            @QueryParam("minLevel") String minLevel,
            @Parameter(description = "Page number from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Components per page, 1..50", example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_SIZE) int size) {
        return AdviceView.of(advice.advise(area, new AdviceFilter(theme, known(Route.class, "route", route),
                known(EvidenceLevel.class, "minLevel", minLevel)), page, size));
    }

    /** An unknown value is the client's mistake, named with the values there are (JAX-RS would answer 404). */
    private static <E extends Enum<E>> E known(Class<E> type, String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new MalformedValueException(parameter + " must be one of " + java.util.Arrays.toString(
                    type.getEnumConstants()) + ", not '" + value + "'");
        }
    }
}
