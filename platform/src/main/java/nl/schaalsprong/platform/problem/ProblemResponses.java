package nl.schaalsprong.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every error this product answers is an RFC 9457 {@link Problem} (the platform's exception mappers see to it), so
 * the OpenAPI document says so once, here: each 4xx and 5xx response an endpoint declares without a body gets
 * {@code application/problem+json} with the Problem schema. Endpoints declare only the status and what it means
 * for them, e.g. {@code @APIResponse(responseCode = "404", description = "No such verification")}. The refusals of
 * the platform's edge, which any operation may answer, are declared here for all.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                declareEdgeRefusals(operation);
                if (operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach(ProblemResponses::describeProblem);
                }
            }
        }
    }

    /**
     * What the platform's edge answers before any endpoint runs, declared on every operation that does not say it
     * itself: a control character or malformed parameter (400, {@code UriGuard}, {@code SafeInput}), headers too
     * large (431, {@code HttpLimits}), a URL too long (414, {@code HttpLimits}), a body too large (413, where there is a body), and for an operation that
     * needs a token its absence (401) or a role that may not (403).
     */
    private static void declareEdgeRefusals(Operation operation) {
        declare(operation, "400", "The request is malformed: a control character in the path, a query parameter or "
                + "a text field, or a parameter outside its bounds; the problem names which");
        declare(operation, "414", "The URL is longer than this service reads");
        declare(operation, "431", "A header, or the headers together, too large");
        if (operation.getRequestBody() != null) {
            declare(operation, "413", "The body is larger than this service accepts");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            declare(operation, "401", "No valid bearer token (missing, expired, or not issued for this suite)");
            declare(operation, "403", "The token's role or scope does not allow this");
        }
    }

    private static void declare(Operation operation, String status, String description) {
        if (!operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void describeProblem(String status, APIResponse response) {
        boolean error = status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
        boolean withoutBody = response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
        if (error && withoutBody && response.getRef() == null) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        }
    }
}
