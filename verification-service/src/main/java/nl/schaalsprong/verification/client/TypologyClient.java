package nl.schaalsprong.verification.client;

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

    /** The {@code limit} most comparable buurten, without per-dimension contributions (the lean answer). */
    @GET
    @Path("/{code}/comparable")
    ComparableNeighbourhoods comparable(@PathParam("code") String buurtCode, @QueryParam("limit") int limit);

    /** As {@link #comparable}, only among the buurten of the same {@code within} ({@code gemeente} or {@code wijk}). */
    @GET
    @Path("/{code}/comparable")
    ComparableNeighbourhoods comparableWithin(@PathParam("code") String buurtCode, @QueryParam("limit") int limit,
                                              @QueryParam("within") String within);

    /**
     * Only the buurten in {@code among} (comma-separated), on the basis version given, with every dimension's
     * contribution: what each suggestion records, and the learning of the comparability basis is fitted on.
     */
    @GET
    @Path("/{code}/comparable")
    ComparableNeighbourhoods explained(@PathParam("code") String buurtCode, @QueryParam("among") String among,
                                       @QueryParam("basis") String basis,
                                       @QueryParam("basisVersion") Integer basisVersion,
                                       @QueryParam("explain") boolean explain);

    /**
     * A 4xx says our request is wrong (e.g. a buurt typology does not know): asking again cannot help. Anything
     * else is typology being unwell, which a retry may outlast.
     */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        String message = "typology-service answered " + status + " " + response.getStatusInfo().getReasonPhrase()
                + TypologyProblem.detailOf(response);
        if (status >= 400 && status < 500) {
            return new TypologyRejectedException(message, status);
        }
        return new TypologyUnavailableException(message);
    }
}
