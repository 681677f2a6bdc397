package nl.schaalsprong.lessons.client;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

    /** 404 is an answer ("no such buurt"); any other failure means we cannot tell whether the buurt exists. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        if (response.getStatus() == 404) {
            return new UnknownBuurtException();
        }
        return new TypologyUnavailableException("typology-service answered " + response.getStatus());
    }
}
