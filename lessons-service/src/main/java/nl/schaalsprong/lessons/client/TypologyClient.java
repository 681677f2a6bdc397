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

    /** 200 when typology knows the buurt, 404 when it does not; the body is not needed. */
    @GET
    @Path("/{code}")
    Response neighbourhood(@PathParam("code") String buurtCode);

    /** The buurten most comparable to this one, the buurt itself first. */
    @GET
    @Path("/{code}/comparable")
    ComparableNeighbourhoods comparable(@PathParam("code") String buurtCode, @QueryParam("limit") int limit);

    /**
     * 404 is an answer ("no such buurt"); another 4xx says our request is wrong, which asking again cannot help;
     * any other failure means typology cannot answer now.
     */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        if (status == 404) {
            return new UnknownBuurtException();
        }
        String message = "typology-service answered " + status;
        if (status >= 400 && status < 500) {
            return new TypologyRejectedException(status, message);
        }
        return new TypologyUnavailableException(message);
    }
}
