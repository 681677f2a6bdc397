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

/**
 * typology-service's comparison of whole wijken and gemeenten, for lessons verified at that scale. The answers have
 * the shape of the buurt comparison where verification reads them ({@code comparable[]} with code, name,
 * similarity, contributions; {@code basis}, {@code basisVersion}), so {@link ComparableNeighbourhoods} reads both.
 */
@RegisterRestClient(configKey = "typology")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface TypologyAreaClient {

    /** The {@code limit} wijken most comparable to {@code wijkCode}, each with its per-dimension contributions. */
    @GET
    @Path("/wijken/{code}/comparable")
    ComparableNeighbourhoods comparableWijken(@PathParam("code") String wijkCode, @QueryParam("limit") int limit,
                                              @QueryParam("within") String within,
                                              @QueryParam("explain") boolean explain);

    /** The {@code limit} gemeenten most comparable to {@code gemeenteCode}, each with its contributions. */
    @GET
    @Path("/gemeenten/{code}/comparable")
    ComparableNeighbourhoods comparableGemeenten(@PathParam("code") String gemeenteCode,
                                                 @QueryParam("limit") int limit,
                                                 @QueryParam("explain") boolean explain);

    /** As {@link TypologyClient#toException}: a 4xx cannot be helped by asking again, anything else may. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return TypologyClient.toException(response);
    }
}
