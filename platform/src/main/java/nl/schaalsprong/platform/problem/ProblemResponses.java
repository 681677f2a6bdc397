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
 * for them, e.g. {@code @APIResponse(responseCode = "404", description = "No such verification")}.
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
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach(ProblemResponses::describeProblem);
                }
            }
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
