package nl.schaalsprong.lessons;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * typology-service as seen over HTTP: a JDK HTTP server on a free port answering from fixed tables
 * {@code GET /api/v1/neighbourhoods/{code}} (200 for a known buurt, 404 for any other) and
 * {@code GET /api/v1/neighbourhoods/{code}/comparable?limit=N} (for {@link #BUURT}; 404 for any other), and 503
 * for {@link #DOWN} on both, to show what happens while typology is unwell.
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

    /** A buurt with comparable buurten, used by no other test so their lessons stay apart. */
    public static final String BUURT = "BU07720001";
    public static final String CLOSE = "BU07720002";
    public static final String FAIR = "BU07720003";
    public static final String FAR = "BU07720004";

    private static final Pattern NEIGHBOURHOOD = Pattern.compile("/api/v1/neighbourhoods/([^/]+)");
    private static final Pattern COMPARABLE = Pattern.compile("/api/v1/neighbourhoods/([^/]+)/comparable");
    private static final Map<String, String> KNOWN = Map.of(
            ORIGIN, "Paddepoel-Zuid", NEIGHBOUR, "Paddepoel-Noord", ELSEWHERE, "Kinkerbuurt");
    /** The buurt itself ranks first, as typology's answer does. */
    private static final Map<String, List<Map.Entry<String, Double>>> COMPARABLE_TO = Map.of(BUURT, List.of(
            Map.entry(BUURT, 1.0), Map.entry(CLOSE, 0.95), Map.entry(FAIR, 0.90), Map.entry(FAR, 0.60)));

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/neighbourhoods/", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.typology.url", "http://localhost:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Matcher comparable = COMPARABLE.matcher(path);
        Matcher neighbourhood = NEIGHBOURHOOD.matcher(path);
        if (comparable.matches()) {
            comparable(exchange, comparable.group(1));
        } else {
            neighbourhood(exchange, neighbourhood.matches() ? neighbourhood.group(1) : "");
        }
    }

    private void neighbourhood(HttpExchange exchange, String code) throws IOException {
        if (DOWN.equals(code)) {
            respond(exchange, 503, "{\"title\":\"Service Unavailable\"}");
        } else if (KNOWN.containsKey(code)) {
            respond(exchange, 200, "{\"code\":\"" + code + "\",\"name\":\"" + KNOWN.get(code) + "\",\"gemeenteCode\":\"GM"
                    + code.substring(2, 6) + "\",\"kerncijfers\":{},\"attributes\":{}}");
        } else {
            respond(exchange, 404, "{\"title\":\"Not found\"}");
        }
    }

    private void comparable(HttpExchange exchange, String code) throws IOException {
        if (DOWN.equals(code)) {
            respond(exchange, 503, "{\"title\":\"Service Unavailable\"}");
            return;
        }
        List<Map.Entry<String, Double>> neighbours = COMPARABLE_TO.get(code);
        if (neighbours == null) {
            respond(exchange, 404, "{\"title\":\"Not found\"}");
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        int limit = query != null && query.startsWith("limit=") ? Integer.parseInt(query.substring(6)) : 10;
        respond(exchange, 200, "{\"buurt\":\"" + code + "\",\"comparable\":[" + neighbours.stream().limit(limit)
                .map(n -> String.format(Locale.ROOT, "{\"code\":\"%s\",\"name\":\"Ergens\",\"similarity\":%.2f}",
                        n.getKey(), n.getValue()))
                .collect(Collectors.joining(",")) + "]}");
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
