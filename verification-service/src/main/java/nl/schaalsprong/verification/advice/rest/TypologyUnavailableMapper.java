package nl.schaalsprong.verification.advice.rest;

import jakarta.ws.rs.core.Response;
import nl.schaalsprong.platform.problem.Problem;
import nl.schaalsprong.platform.problem.RetryLater;
import nl.schaalsprong.verification.advice.client.AdviceTypologyClient.AreaTypologyUnavailableException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** typology-service cannot say what the area is: a 503 the client may retry, not a 500. */
public class TypologyUnavailableMapper {

    @ServerExceptionMapper
    public Response unavailable(AreaTypologyUnavailableException e) {
        return RetryLater.after(5, Problem.of("typology-unavailable", "Typology unavailable", 503,
                "typology-service cannot say what this area is right now; try again in a few seconds", null));
    }
}
