package nl.schaalsprong.dashboard;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;

/**
 * Forwards the pages' /api/v1 calls to the service that answers them (see {@link ApiRoutes}), so the browser only
 * ever talks to the dashboard's own origin: no CORS, and a write's bearer token goes straight through. What the
 * service answers (status, problem+json, ETag, CSV) reaches the browser unchanged.
 */
@Path("/api/v1/{path: .+}")
@Consumes("*/*")
public class ApiForwarding {

    private static final Logger LOG = Logger.getLogger(ApiForwarding.class);
    /** What a page sends that a service reads: content negotiation, the token, conditional and idempotent writes. */
    private static final List<String> REQUEST_HEADERS = List.of("Accept", "Accept-Language", "Authorization",
            "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "ETag", "Location", "Retry-After",
            "Content-Disposition");

    private final DashboardConfig config;
    private final HttpClient http;

    public ApiForwarding(DashboardConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(5)).build();
    }

    @GET
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("GET", uri, headers, null);
    }

    @POST
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("POST", uri, headers, body);
    }

    @PUT
    public Response put(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PUT", uri, headers, body);
    }

    @PATCH
    public Response patch(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PATCH", uri, headers, body);
    }

    @DELETE
    public Response delete(@Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("DELETE", uri, headers, null);
    }

    private Response forward(String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        String path = uri.getRequestUri().getRawPath();
        var service = ApiRoutes.serviceFor(path);
        if (service.isEmpty()) {
            return Problems.of(404, "No such API", "No service of the suite answers " + path + ".");
        }
        URI base = baseOf(service.get());
        String query = uri.getRequestUri().getRawQuery();
        URI target = URI.create(stripSlash(base.toString()) + path + (query == null ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(config.forwardTimeout())
                .method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : REQUEST_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        try {
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Response.ResponseBuilder response = Response.status(answer.statusCode()).entity(answer.body());
            for (String name : RESPONSE_HEADERS) {
                answer.headers().firstValue(name).ifPresent(value -> response.header(name,
                        "Location".equals(name) ? value.replace(stripSlash(base.toString()), "") : value));
            }
            return response.build();
        } catch (HttpTimeoutException e) {
            return Problems.of(504, "Service too slow", serviceName(service.get()) + " did not answer within "
                    + config.forwardTimeout().toSeconds() + " s.");
        } catch (IOException e) {
            LOG.warnf("%s unreachable at %s: %s", serviceName(service.get()), base, e.toString());
            return Problems.of(502, "Service unreachable", serviceName(service.get()) + " cannot be reached.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Problems.of(503, "Stopping", "The dashboard is stopping.");
        }
    }

    private URI baseOf(ApiRoutes.Service service) {
        return switch (service) {
            case LESSONS -> config.lessonsUrl();
            case TYPOLOGY -> config.typologyUrl();
            case VERIFICATION -> config.verificationUrl();
        };
    }

    private static String serviceName(ApiRoutes.Service service) {
        return service.name().toLowerCase(java.util.Locale.ROOT) + "-service";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
