package nl.schaalsprong.verification.rest;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.platform.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body value of the wrong shape (e.g. a comparison that is neither AT_LEAST nor AT_MOST) is a
 * MismatchedInputException, for which Quarkus REST has a built-in mapper closer in the class hierarchy than the
 * platform's JsonProcessingException mapper: without this, the client would get plain JSON instead of a problem.
 */
public class UnreadableBodyProblems {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return problems.unreadable(e, uri);
    }
}
