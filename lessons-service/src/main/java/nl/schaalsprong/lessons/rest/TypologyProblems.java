package nl.schaalsprong.lessons.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.lessons.client.TypologyRejectedException;
import nl.schaalsprong.platform.problem.Problem;
import nl.schaalsprong.platform.problem.RetryLater;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * typology-service's failures on the comparable-buurten path as problems: an open breaker is 503 with a hint when
 * to come back (LessonProblemMappers answers 503 for typology unavailable or slow); a buurt it does not know is
 * 404. Without these the generic mapper would call them 500s.
 */
public class TypologyProblems {

    private static final Logger LOG = Logger.getLogger(TypologyProblems.class);
    /** The breaker's delay: by then a retry has a chance. */
    static final int RETRY_AFTER_SECONDS = 10;

    @ServerExceptionMapper
    public Response unavailable(CircuitBreakerOpenException e, UriInfo uri) {
        LOG.warnf("typology-service unavailable for %s: %s", uri.getRequestUri().getRawPath(), e.getMessage());
        Problem problem = Problem.of("typology-unavailable", "Typology unavailable", 503,
                "typology-service, which knows the comparable buurten, is unavailable; try again later",
                uri.getRequestUri().getRawPath());
        return RetryLater.after(RETRY_AFTER_SECONDS, problem);
    }

    @ServerExceptionMapper
    public Response rejected(TypologyRejectedException e, UriInfo uri) {
        int status = e.status() == 404 ? 404 : 502;
        String detail = status == 404 ? "typology-service does not know this buurt"
                : "typology-service refused our request (" + e.getMessage() + ")";
        Problem problem = Problem.of(status == 404 ? "not-found" : "bad-gateway",
                status == 404 ? "Not found" : "Bad Gateway", status, detail, uri.getRequestUri().getRawPath());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
