package nl.schaalsprong.platform.edge;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.schaalsprong.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Refuses, before any resource is chosen, a request whose path or query parameters hold a control character
 * ({@code /proeftuinen/%00}, {@code ?proeftuinId=a%00b}) or a broken percent-escape: 400 with the parameter named,
 * instead of a failure deep in the database.
 */
public class UriGuard {

    @ServerRequestFilter(preMatching = true)
    public Response refuseControlCharacters(ContainerRequestContext request) {
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        try {
            String path = request.getUriInfo().getPath(true);
            OptionalInt inPath = ControlCharacters.inName(path);
            if (inPath.isPresent()) {
                return refuse("the path contains a control character ("
                        + ControlCharacters.describe(path.charAt(inPath.getAsInt())) + ")", rawPath);
            }
            MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
            for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
                String problem = controlCharacterIn(parameter.getKey(), parameter.getValue());
                if (problem != null) {
                    return refuse(problem, rawPath);
                }
            }
            return null;
        } catch (IllegalArgumentException malformedEscape) {
            return refuse("the path or query holds a malformed percent-escape", rawPath);
        }
    }

    private static String controlCharacterIn(String name, List<String> values) {
        OptionalInt inName = ControlCharacters.inName(name);
        if (inName.isPresent()) {
            return "a query parameter name contains a control character ("
                    + ControlCharacters.describe(name.charAt(inName.getAsInt())) + ")";
        }
        for (String value : values) {
            OptionalInt at = ControlCharacters.inName(value);
            if (at.isPresent()) {
                return "query parameter '" + name + "' contains a control character ("
                        + ControlCharacters.describe(value.charAt(at.getAsInt())) + ")";
            }
        }
        return null;
    }

    private static Response refuse(String detail, String path) {
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(Problem.of("control-character", "Invalid characters in the request", 400, detail, path))
                .build();
    }
}
