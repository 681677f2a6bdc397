package nl.schaalsprong.verification.advice.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.schaalsprong.platform.domain.MalformedValueException;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * What the advice asks typology-service about an area (base URL {@code quarkus.rest-client.typology.url}, the same
 * as the suggestions' client). A 404 or 400 from typology is the client's unknown or malformed area and reaches
 * it as such; anything else is typology being unwell.
 */
@RegisterRestClient(configKey = "typology")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface AdviceTypologyClient {

    @GET
    @Path("/areas/{code}")
    AreaAnswers.Area area(@PathParam("code") String code);

    @GET
    @Path("/neighbourhoods/{code}/type")
    AreaAnswers.BuurtType typeOf(@PathParam("code") String buurtCode);

    @GET
    @Path("/neighbourhoods/{code}/comparable")
    AreaAnswers.Comparables comparableBuurten(@PathParam("code") String buurtCode, @QueryParam("limit") int limit);

    @GET
    @Path("/wijken/{code}/comparable")
    AreaAnswers.Comparables comparableWijken(@PathParam("code") String wijkCode, @QueryParam("limit") int limit);

    @GET
    @Path("/gemeenten/{code}/comparable")
    AreaAnswers.Comparables comparableGemeenten(@PathParam("code") String gemeenteCode, @QueryParam("limit") int limit);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        return switch (status) {
            case 404 -> new AreaNotKnownException();
            case 400 -> new MalformedValueException("typology-service does not take this area code");
            case 422 -> new AreaNotComparableException();
            default -> new AreaTypologyUnavailableException("typology-service answered " + status);
        };
    }

    /** Typology does not know the area (or, for {@code /type}, did not type the buurt). */
    class AreaNotKnownException extends RuntimeException {
        AreaNotKnownException() {
            super("not known to typology-service", null, false, false);
        }
    }

    /** Typology cannot compare the area honestly on the basis (it lacks required dimensions): 422 there. */
    class AreaNotComparableException extends RuntimeException {
        AreaNotComparableException() {
            super("not comparable on the basis", null, false, false);
        }
    }

    /** Typology is down or failing: the advice cannot know the area's type now (503 to the client). */
    class AreaTypologyUnavailableException extends RuntimeException {
        public AreaTypologyUnavailableException(String message) {
            super(message);
        }
    }
}
