package nl.schaalsprong.verification.subscription.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A subscription's invalid fields as one 422 problem, each field named as in the request body. */
public class SubscriptionProblems {

    @ServerExceptionMapper
    public Response invalid(InvalidSubscriptionException e, UriInfo uri) {
        Problem problem = Problem.of("rule-violation", "Invalid subscription", 422, e.getMessage(),
                uri.getRequestUri().getRawPath()).withErrors(e.errors());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
