package nl.schaalsprong.verification.subscription.rest;

import nl.schaalsprong.verification.domain.Actor;
import nl.schaalsprong.platform.idempotency.IdempotentRequests;
import jakarta.ws.rs.HeaderParam;
import jakarta.transaction.Transactional;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.platform.domain.DomainException;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.platform.problem.Problem;
import nl.schaalsprong.platform.security.Roles;
import nl.schaalsprong.verification.rest.Actors;
import nl.schaalsprong.verification.subscription.domain.ApproachTag;
import nl.schaalsprong.verification.subscription.domain.AreaCode;
import nl.schaalsprong.verification.subscription.domain.CallbackUrl;
import nl.schaalsprong.verification.subscription.domain.DeliveryState;
import nl.schaalsprong.verification.subscription.domain.EventFilter;
import nl.schaalsprong.verification.subscription.domain.Subscription;
import nl.schaalsprong.verification.subscription.service.SubscriptionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Webhook subscriptions: a gemeente's verifier for areas of its own gemeenten, a steward (a KLP system) for anything.
 * Subscriptions are no open data (their callbacks are the subscribers' systems): every operation needs a token.
 */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VERIFIER, Roles.STEWARD})
@SecurityRequirement(name = "bearer")
@Tag(name = "Subscriptions", description = "Events about your areas or approach tags, delivered to your system as "
        + "signed CloudEvents over HTTP (webhooks)")
public class SubscriptionResource {

    private static final String EXAMPLE_ID = "7a1c9e0b-2f4d-4b8a-9c3e-5d6f7a8b9c0d";

    private final SubscriptionService subscriptions;
    private final Actors actors;

    private final IdempotentRequests idempotentRequests;

    public SubscriptionResource(SubscriptionService subscriptions, Actors actors, IdempotentRequests idempotentRequests) {
        this.idempotentRequests = idempotentRequests;
        this.subscriptions = subscriptions;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe to events",
            description = "Events that match the filter are POSTed to the callback URL as CloudEvents in structured "
                    + "mode (application/cloudevents+json), signed with the secret in this answer: header "
                    + "Schaalsprong-Signature: sha256=<hex HMAC-SHA256 of the body>, with Schaalsprong-Timestamp, "
                    + "Schaalsprong-Delivery and Schaalsprong-Attempt. A delivery is retried with a doubling wait "
                    + "until the receiver answers 2xx; the subscription pauses after repeated failure. The secret is "
                    + "shown only here.")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names the subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "An unreadable body, an unknown event type, a list too long, a "
            + "malformed Idempotency-Key")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A verifier without areas, or with an area outside its gemeenten")
    @APIResponse(responseCode = "422", description = "A callback URL that is not http(s) or points at this service "
            + "itself; a malformed area code or tag (each field named in errors[]); an Idempotency-Key used before "
            + "with another body")
    @Transactional
    public Response create(@Valid @NotNull CreateSubscriptionRequest request,
                           @Parameter(description = IdempotentRequests.HEADER_DESCRIPTION,
                                   example = IdempotentRequests.HEADER_EXAMPLE)
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @Context UriInfo uri) {
        Actor actor = actors.current();
        // A retry gets the first answer again, secret included: a second subscription would deliver every event twice.
        return idempotentRequests.once("POST /api/v1/subscriptions by " + actor.name(), idempotencyKey, request,
                () -> subscribe(request, actor, uri));
    }

    private Response subscribe(CreateSubscriptionRequest request, Actor actor, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        CallbackUrl callback = field(errors, "callbackUrl", request.callbackUrl(), text -> {
            CallbackUrl parsed = CallbackUrl.parse(text);
            subscriptions.selfCallbacks(address(uri.getRequestUri())).check(parsed);
            return parsed;
        });
        List<AreaCode> areas = each(errors, "filter.areaCodes", request.filter().areaCodesOrNone(), AreaCode::new);
        List<ApproachTag> tags = each(errors, "filter.tags", request.filter().tagsOrNone(), ApproachTag::new);
        if (!errors.isEmpty()) {
            throw new InvalidSubscriptionException(errors);
        }
        EventFilter filter = new EventFilter(new HashSet<>(request.filter().eventTypesOrNone()), areas, tags);
        Subscription created = subscriptions.create(request.description(), callback, filter, actor);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(SubscriptionView.created(created)).build();
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "List your subscriptions",
            description = "Oldest first. A steward sees all; a verifier those narrowed to areas of its gemeenten.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions")
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Neither verifier nor steward")
    public Page<SubscriptionView> list(
            @Parameter(description = "Page number from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size", example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return subscriptions.list(actors.current(), page, size).map(SubscriptionView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubscription", summary = "Read a subscription, with how its receiver fares")
    @APIResponse(responseCode = "200", description = "The subscription (without its secret)",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such subscription, or not yours to see")
    public SubscriptionView read(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id) {
        return SubscriptionView.of(subscriptions.find(id, actors.current()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSubscription", summary = "Unsubscribe",
            description = "Nothing more is delivered, also not what was still owed; the delivery log goes with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such subscription, or not yours to see")
    public Response delete(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id) {
        subscriptions.delete(id, actors.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/resume")
    @Operation(operationId = "resumeSubscription", summary = "Resume a paused subscription",
            description = "The deliveries kept while it was paused go out at once, oldest first, and the failure "
                    + "count starts again from zero. Resuming an active subscription changes nothing.")
    @APIResponse(responseCode = "200", description = "Active again",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such subscription, or not yours to see")
    public SubscriptionView resume(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id) {
        return SubscriptionView.of(subscriptions.resume(id, actors.current()));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listSubscriptionDeliveries", summary = "The delivery log of a subscription",
            description = "Newest first, each delivery with every attempt: when, the receiver's status or why there "
                    + "was none, and how long it took.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "400", description = "Invalid state, page or size")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such subscription, or not yours to see")
    public Page<DeliveryView> deliveries(
            @Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = "Only deliveries in this state", example = "PENDING")
            @QueryParam("state") @Pattern(regexp = "PENDING|DELIVERED", message = "must be PENDING or DELIVERED")
            String state,
            @Parameter(description = "Page number from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size", example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return subscriptions.deliveries(id, actors.current(), Optional.ofNullable(state).map(DeliveryState::valueOf), page, size)
                .map(DeliveryView::of);
    }

    /** host:port as the client reached us, the port its scheme's default when the URL names none. */
    private static String address(URI request) {
        int port = request.getPort() != -1 ? request.getPort() : "https".equalsIgnoreCase(request.getScheme()) ? 443 : 80;
        return request.getHost() + ":" + port;
    }

    private static <T> T field(List<Problem.FieldError> errors, String name, String value, Function<String, T> read) {
        try {
            return read.apply(value);
        } catch (DomainException refused) {
            errors.add(new Problem.FieldError(name, refused.getMessage()));
            return null;
        }
    }

    private static <T> List<T> each(List<Problem.FieldError> errors, String name, List<String> values,
                                    Function<String, T> read) {
        List<T> parsed = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            T value = field(errors, name + "[" + i + "]", values.get(i), read);
            if (value != null) {
                parsed.add(value);
            }
        }
        return parsed;
    }
}
