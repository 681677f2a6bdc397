package nl.schaalsprong.lessons.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.lessons.domain.Lesson;
import nl.schaalsprong.lessons.domain.Tag;
import nl.schaalsprong.lessons.mapping.LessonView;
import nl.schaalsprong.lessons.mapping.NewLesson;
import nl.schaalsprong.lessons.mapping.TagRequest;
import nl.schaalsprong.lessons.service.LessonService;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.platform.problem.Problem;
import nl.schaalsprong.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/lessons")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Lessons", description = "Lessons learned in proeftuinen")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class LessonResource {

    private final LessonService lessons;

    public LessonResource(LessonService lessons) {
        this.lessons = lessons;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record a lesson", description = "Stores a new lesson from a proeftuin. Needs role contributor.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the lesson",
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks role contributor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@Valid @NotNull NewLesson request, UriInfo uri) {
        Lesson lesson = lessons.record(request.title(), request.text(), request.pilot(),
                new BuurtCode(request.originBuurtCode()));
        return Response.created(uri.getAbsolutePathBuilder().path(lesson.id.toString()).build())
                .entity(LessonView.of(lesson)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a lesson")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "404", description = "No such lesson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LessonView read(@Parameter(example = "0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10") @PathParam("id") UUID id) {
        return LessonView.of(lessons.find(id));
    }

    @POST
    @Path("/{id}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Tag a lesson for transfer",
            description = "Adds approach-component tags. A tagging that adds a tag emits one LessonTagged event, "
                    + "which makes verification-service suggest comparable buurten to verify the lesson in.")
    @APIResponse(responseCode = "200", description = "The lesson with its tags",
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "404", description = "No such lesson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A tag is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LessonView tag(@PathParam("id") UUID id, @Valid @NotNull TagRequest request) {
        List<Tag> tags = request.tags().stream().map(Tag::new).toList();
        return LessonView.of(lessons.tag(id, tags));
    }
}
