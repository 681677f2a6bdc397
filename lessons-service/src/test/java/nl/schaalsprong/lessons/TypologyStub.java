package nl.schaalsprong.lessons;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * typology-service as seen over HTTP: a JDK HTTP server on a free port answering
 * {@code GET /api/v1/neighbourhoods/{code}} from a fixed table: 200 for a known buurt, 404 for any other, and
 * 503 for {@link #DOWN}, to show what happens while typology is unwell.
 */
public class TypologyStub implements QuarkusTestResourceLifecycleManager {

    /** Paddepoel-Zuid, Groningen: the usual origin in these tests. */
    public static final String ORIGIN = "BU00140000";
    /** A second known buurt in the same wijk. */
    public static final String NEIGHBOUR = "BU00140001";
    /** A known buurt in another gemeente (Amsterdam). */
    public static final String ELSEWHERE = "BU03630105";
    /** Well-formed, but typology knows no such buurt. */
    public static final String UNKNOWN = "BU00149999";
    /** A buurt for which typology-service is failing. */
    public static final String DOWN = "BU09990000";

    private static final Pattern NEIGHBOURHOOD = Pattern.compile("/api/v1/neighbourhoods/([^/]+)");
    private static final Map<String, String> KNOWN = Map.of(
            ORIGIN, "Paddepoel-Zuid", NEIGHBOUR, "Paddepoel-Noord", ELSEWHERE, "Kinkerbuurt");

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/neighbourhoods/", this::neighbourhood);
        server.start();
        return Map.of("quarkus.rest-client.typology.url", "http://localhost:" + server.getAddress().getPort());
    }

    private void neighbourhood(HttpExchange exchange) throws IOException {
        Matcher path = NEIGHBOURHOOD.matcher(exchange.getRequestURI().getPath());
        String code = path.matches() ? path.group(1) : "";
        if (DOWN.equals(code)) {
            respond(exchange, 503, "{\"title\":\"Service Unavailable\"}");
        } else if (KNOWN.containsKey(code)) {
            respond(exchange, 200, "{\"code\":\"" + code + "\",\"name\":\"" + KNOWN.get(code) + "\",\"gemeenteCode\":\"GM"
                    + code.substring(2, 6) + "\",\"kerncijfers\":{},\"attributes\":{}}");
        } else {
            respond(exchange, 404, "{\"title\":\"Not found\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
