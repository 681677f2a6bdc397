package nl.schaalsprong.verification.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.platform.problem.Problem;
import nl.schaalsprong.platform.problem.RetryLater;
import nl.schaalsprong.verification.service.NominationService.TypologyCannotAnswerException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A nomination needs typology's comparison; while typology cannot answer that is a 503 to retry, not a 500. */
public class TypologyCannotAnswerMapper {

    @ServerExceptionMapper
    public Response unavailable(TypologyCannotAnswerException e, UriInfo uri) {
        return RetryLater.after(5, Problem.of("typology-unavailable", "Typology unavailable", 503,
                "typology-service cannot compare the buurt with the lesson's origin right now; try again in a few seconds",
                uri.getPath()));
    }
}
