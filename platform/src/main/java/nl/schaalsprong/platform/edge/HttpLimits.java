package nl.schaalsprong.platform.edge;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.schaalsprong.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Oversized requests are refused first, as problems a client can read: a URL above {@value #MAX_URI_CHARACTERS}
 * characters gets 414, a body above {@code quarkus.http.limits.max-body-size} (by its Content-Length) gets 413, a
 * header above {@value #MAX_HEADER_CHARACTERS} characters or headers above {@value #MAX_HEADERS_CHARACTERS} in all
 * get 431. The HTTP server's own limits (platform defaults 256K for headers and 128K for the request line,
 * META-INF/microprofile-config.properties) stay above ours, so only a request beyond even those is cut off by the
 * server itself, with a bare 431 or 414.
 */
@ApplicationScoped
public class HttpLimits {

    /** No URL of the APIs comes near this; browsers and proxies commonly stop at about the same length. */
    static final int MAX_URI_CHARACTERS = 8 * 1024;
    static final int MAX_HEADER_CHARACTERS = 16 * 1024;
    static final int MAX_HEADERS_CHARACTERS = 64 * 1024;

    private final MemorySize maxBodySize;

    public HttpLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                      MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_CHARACTERS) {
            refuse(context, 414, "uri-too-long", "URL too long", "the URL has " + request.uri().length()
                    + " characters; at most " + MAX_URI_CHARACTERS + " are accepted");
            return;
        }
        int total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            int length = header.getKey().length() + header.getValue().length();
            total += length;
            if (length > MAX_HEADER_CHARACTERS) {
                refuse(context, 431, "header-too-large", "Request header too large", "header '"
                        + printable(header.getKey()) + "' has " + length + " characters; at most "
                        + MAX_HEADER_CHARACTERS + " are accepted per header");
                return;
            }
        }
        if (total > MAX_HEADERS_CHARACTERS) {
            refuse(context, 431, "header-too-large", "Request headers too large", "the headers have " + total
                    + " characters in all; at most " + MAX_HEADERS_CHARACTERS + " are accepted");
            return;
        }
        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null && tooLong(contentLength)) {
            refuse(context, 413, "body-too-large", "Request body too large", "the body has " + contentLength
                    + " bytes; this service accepts at most " + readable(maxBodySize.asLongValue()));
            return;
        }
        context.next();
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false; // the HTTP server refuses a malformed length itself
        }
    }

    /** 1 MB, 32 MB, 512 kB: the limit as a person reads it. */
    static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " kB";
        }
        return bytes + " bytes";
    }

    private static String printable(String name) {
        String shown = name.length() > 64 ? name.substring(0, 64) + "..." : name;
        return shown.replaceAll("[^\\x21-\\x7E]", "?");
    }

    /** Answers now and closes the connection: the rest of an oversized request is not read. */
    private static void refuse(RoutingContext context, int status, String slug, String title, String detail) {
        String path = context.request().path();
        // The instance names where the request went; a path far too long to echo is cut.
        Problem problem = Problem.of(slug, title, status, detail,
                path != null && path.length() > 256 ? path.substring(0, 256) : path);
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem));
    }
}
