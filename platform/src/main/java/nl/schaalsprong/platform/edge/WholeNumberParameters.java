package nl.schaalsprong.platform.edge;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import nl.schaalsprong.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A whole-number query or path parameter that is no whole number of its type ({@code ?page=3000000000},
 * {@code ?size=ten}) is a 400 naming the parameter and its range. Left to JAX-RS it would be a 404, as if the
 * resource did not exist. Ranges narrower than the type's are the resource's own (bean validation).
 */
public class WholeNumberParameters {

    private record WholeNumber(String name, boolean query, boolean isLong) {
    }

    private final Map<Method, List<WholeNumber>> byMethod = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseMalformed(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        for (WholeNumber parameter : byMethod.computeIfAbsent(method, WholeNumberParameters::wholeNumbers)) {
            List<String> values = parameter.query()
                    ? request.getUriInfo().getQueryParameters().get(parameter.name())
                    : request.getUriInfo().getPathParameters().get(parameter.name());
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (!fits(value, parameter.isLong())) {
                    String range = parameter.isLong() ? Long.MIN_VALUE + " and " + Long.MAX_VALUE
                            : Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
                    Problem problem = Problem.of("validation", "Invalid request", 400, "1 field is invalid",
                            request.getUriInfo().getRequestUri().getRawPath())
                            .withErrors(List.of(new Problem.FieldError(parameter.name(),
                                    "must be a whole number between " + range)));
                    return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
                }
            }
        }
        return null;
    }

    private static boolean fits(String value, boolean isLong) {
        if (value == null || value.isEmpty()) {
            return true; // absent: the default applies
        }
        try {
            if (isLong) {
                Long.parseLong(value.strip());
            } else {
                Integer.parseInt(value.strip());
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<WholeNumber> wholeNumbers(Method method) {
        List<WholeNumber> found = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Class<?> type = parameter.getType();
            boolean isInt = type == int.class || type == Integer.class;
            boolean isLong = type == long.class || type == Long.class;
            if (!isInt && !isLong) {
                continue;
            }
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            PathParam path = parameter.getAnnotation(PathParam.class);
            if (query != null) {
                found.add(new WholeNumber(query.value(), true, isLong));
            } else if (path != null) {
                found.add(new WholeNumber(path.value(), false, isLong));
            }
        }
        return List.copyOf(found);
    }
}
