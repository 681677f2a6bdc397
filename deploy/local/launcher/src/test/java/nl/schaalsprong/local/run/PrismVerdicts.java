package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import nl.schaalsprong.local.run.fuzz.ApiOperation;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads what Prism's proxies say about each request the test sends through them, as a REST Assured filter: the
 * {@code sl-violations} header (every violation of the request or the answer, with its severity) and Prism's own
 * problems ({@code https://stoplight.io/prism/errors#...}, e.g. VIOLATIONS when {@code --errors} replaced an answer
 * the document forbids). Each is kept with the operation it concerns, named as the document names it. An answer
 * Prism replaced stops the test at once, naming every violation found so far.
 */
final class PrismVerdicts implements Filter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PRISM_ERRORS = "https://stoplight.io/prism/errors#";

    private final Map<String, List<ApiOperation>> operationsByProxy = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> requestsByService = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    void watch(PrismProxy proxy, JsonNode document) {
        operationsByProxy.put(proxy.url(), ApiOperation.all(proxy.service(), document));
        requestsByService.put(proxy.service(), new AtomicInteger());
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String proxy = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
        List<ApiOperation> operations = operationsByProxy.get(proxy);
        if (operations == null) {
            return response; // not sent through a proxy
        }
        requestsByService.get(operations.get(0).service()).incrementAndGet();
        String operation = name(operations, request.getMethod(), uri.getRawPath());
        String header = response.getHeader("sl-violations");
        if (header != null) {
            read(operation, header);
        }
        String body = response.asString();
        if (body.contains(PRISM_ERRORS)) {
            errors.add(operation + ": Prism answered " + response.getStatusCode() + " " + body);
            throw new AssertionError("Prism's proxy refused an answer; violations so far:\n" + report());
        }
        return response;
    }

    private void read(String operation, String header) {
        JsonNode violations;
        try {
            violations = MAPPER.readTree(header);
        } catch (IOException tooManyToParse) {
            errors.add(operation + ": " + header);
            return;
        }
        for (JsonNode violation : violations) {
            String line = operation + ": " + String.join(".", locations(violation)) + " "
                    + violation.path("message").asText() + " (" + violation.path("code").asText() + ")";
            if ("Error".equals(violation.path("severity").asText())) {
                errors.add(line);
            } else {
                warnings.add(line);
            }
        }
    }

    private static List<String> locations(JsonNode violation) {
        List<String> parts = new ArrayList<>();
        violation.path("location").forEach(part -> parts.add(part.asText()));
        return parts;
    }

    /** {@code METHOD /path (operationId, service)}, the operation found by matching the document's path templates. */
    private static String name(List<ApiOperation> operations, String method, String path) {
        // The most literal template wins: /lessons/facets before /lessons/{id}.
        return operations.stream()
                .filter(operation -> operation.method().equals(method) && path.matches(template(operation.path())))
                .min(java.util.Comparator.comparingLong(operation -> operation.path().chars().filter(c -> c == '{').count()))
                .map(operation -> method + " " + path + " (" + operation.operationId() + ", " + operation.service() + ")")
                .orElse(method + " " + path + " (no operation of " + operations.get(0).service() + ")");
    }

    private static String template(String path) {
        return path.replaceAll("\\{[^}]+}", "[^/]+");
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    String report() {
        StringBuilder out = new StringBuilder();
        errors.forEach(error -> out.append("  ERROR ").append(error).append('\n'));
        warnings.forEach(warning -> out.append("  warning ").append(warning).append('\n'));
        return out.toString();
    }

    String summary() {
        int total = requestsByService.values().stream().mapToInt(AtomicInteger::get).sum();
        return "prism: " + total + " requests through the validating proxies " + requestsByService + ", "
                + errors.size() + " violations, " + warnings.size() + " warnings";
    }
}
