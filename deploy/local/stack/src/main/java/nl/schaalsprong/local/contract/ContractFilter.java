package nl.schaalsprong.local.contract;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A REST Assured filter that checks every answer a test receives against the OpenAPI document the answering
 * service serves, and fails the test on a drift (an {@link AssertionError} naming the operation, the status and
 * the JSON pointer). Installed for every @QuarkusTest by {@link ContractFilterInstaller}; tests that expect an
 * answer outside the contract on purpose (the OpenAPI document itself, say) are not affected, since only paths
 * under {@code /api/} are checked.
 */
public final class ContractFilter implements Filter {

    /**
     * A file to append drifts to instead of failing ({@code -Dschaalsprong.contract.survey=/tmp/drifts.txt}): to
     * see every drift of a suite in one run while fixing a document, never in CI.
     */
    private static final String SURVEY = System.getProperty("schaalsprong.contract.survey");
    private static final Map<String, ResponseContract> CONTRACTS = new ConcurrentHashMap<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/api/")) {
            return answer;
        }
        String body = answer.asString();
        List<String> drifts = contractAt(uri).drifts(request.getMethod(), path, answer.getStatusCode(),
                answer.getContentType(), body);
        if (!drifts.isEmpty() && SURVEY != null) {
            survey(drifts);
        } else if (!drifts.isEmpty()) {
            throw new AssertionError("The answer to " + request.getMethod() + " " + uri
                    + " is not what the service's OpenAPI document says:\n  " + String.join("\n  ", drifts));
        }
        return answer;
    }

    private static synchronized void survey(List<String> drifts) {
        try {
            Files.write(Path.of(SURVEY), drifts, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forget the documents read so far (a service restarted with other code or configuration). */
    public static void forgetDocuments() {
        CONTRACTS.clear();
    }

    private static ResponseContract contractAt(URI uri) {
        String base = uri.getScheme() + "://" + uri.getRawAuthority();
        return CONTRACTS.computeIfAbsent(base,
                key -> new ResponseContract(OpenApiDocument.servedAt(URI.create(key))));
    }
}
