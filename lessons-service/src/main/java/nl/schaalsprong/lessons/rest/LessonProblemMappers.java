package nl.schaalsprong.lessons.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.lessons.client.TypologyUnavailableException;
import nl.schaalsprong.lessons.domain.QualityGateFailedException;
import nl.schaalsprong.platform.problem.Problem;
import nl.schaalsprong.platform.problem.RetryLater;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The problems only this service has; the platform's mappers handle the rest. */
public class LessonProblemMappers {

    private static final Logger LOG = Logger.getLogger(LessonProblemMappers.class);

    /** A failed quality gate lists every failed policy by name, so the author can fix them all at once. */
    @ServerExceptionMapper
    public Response qualityGate(QualityGateFailedException e, UriInfo uri) {
        Problem problem = Problem.of("quality-gate", "Quality gate not passed", 422, e.getMessage(), path(uri))
                .withErrors(e.failed().stream().map(p -> new Problem.FieldError(p.name(), p.requirement())).toList());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Whether a buurt exists is unknown while typology is unwell: refuse for now rather than guess. */
    @ServerExceptionMapper({TypologyUnavailableException.class, TimeoutException.class})
    public Response typologyUnavailable(RuntimeException e, UriInfo uri) {
        LOG.warnf("typology-service unavailable on %s: %s", path(uri), e.getMessage());
        Problem problem = Problem.of("typology-unavailable", "Typology unavailable", 503,
                "typology-service, which checks buurt codes, cannot answer now; try again later", path(uri));
        return RetryLater.after(30, problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
