package nl.schaalsprong.lessons.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.schaalsprong.lessons.domain.Theme;
import nl.schaalsprong.lessons.mapping.ComponentView;
import nl.schaalsprong.lessons.mapping.NewComponent;
import nl.schaalsprong.lessons.mapping.ThemeView;
import nl.schaalsprong.lessons.service.VocabularyService;
import nl.schaalsprong.platform.idempotency.IdempotentRequests;
import nl.schaalsprong.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** The controlled vocabularies lessons are described with. */
@Path("/api/v1/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies", description = "Themes and approach components")
public class VocabularyResource {

    private final VocabularyService vocabulary;
    private final JsonWebToken caller;
    private final IdempotentRequests idempotentRequests;

    public VocabularyResource(VocabularyService vocabulary, JsonWebToken caller, IdempotentRequests idempotentRequests) {
        this.idempotentRequests = idempotentRequests;
        this.vocabulary = vocabulary;
        this.caller = caller;
    }

    @GET
    @Path("/themes")
    @Operation(operationId = "listThemes",
            summary = "The themes", description = "Fixed; a theme's code is also the first part of a component.")
    public List<ThemeView> themes() {
        return Arrays.stream(Theme.values()).map(ThemeView::of).toList();
    }

    @GET
    @Path("/components")
    @Operation(operationId = "listComponents",
            summary = "The approach components", description = "By code; lessons are tagged with these.")
    public List<ComponentView> components() {
        return vocabulary.components().stream().map(ComponentView::of).toList();
    }

    @POST
    @Path("/components")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "addComponent",
            summary = "Add an approach component", description = "Needs role steward.")
    @APIResponse(responseCode = "201", description = "Added to the vocabulary",
            content = @Content(schema = @Schema(implementation = ComponentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or a malformed Idempotency-Key")
    @APIResponse(responseCode = "409", description = "It already exists (a retry with the same Idempotency-Key gets "
            + "the first 201 instead)")
    @APIResponse(responseCode = "422", description = "Not 'theme/component' with a known theme, or an Idempotency-Key "
            + "used before with another body")
    @Transactional
    public Response add(@Valid @NotNull NewComponent request,
                        @Parameter(description = IdempotentRequests.HEADER_DESCRIPTION,
                                example = IdempotentRequests.HEADER_EXAMPLE)
                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.once("POST /api/v1/vocabularies/components by " + caller.getName(), idempotencyKey,
                request, () -> {
                    var component = vocabulary.add(new nl.schaalsprong.lessons.domain.Tag(request.code()),
                            request.label(), request.description(), caller.getName());
                    return Response.status(Response.Status.CREATED).entity(ComponentView.of(component)).build();
                });
    }
}
