package nl.schaalsprong.lessons.client;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The HTTP boundary to typology-service. Base URL: {@code quarkus.rest-client.typology.url}. */
@RegisterRestClient(configKey = "typology")
@Path("/api/v1/neighbourhoods")
@Produces(MediaType.APPLICATION_JSON)
public interface TypologyClient {

    @GET
    @Path("/{code}/comparable")
    ComparableNeighbourhoods comparable(@PathParam("code") String buurtCode, @QueryParam("limit") int limit);

    /** A 4xx says the request is wrong (a buurt typology does not know); anything else is typology unwell. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        String message = "typology-service answered " + status + " " + response.getStatusInfo().getReasonPhrase();
        if (status >= 400 && status < 500) {
            return new TypologyRejectedException(status, message);
        }
        return new TypologyUnavailableException(message);
    }
}
