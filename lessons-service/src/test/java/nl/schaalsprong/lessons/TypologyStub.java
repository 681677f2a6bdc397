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
 * typology-service as seen over HTTP: a JDK HTTP server on a free port answering
 * {@code GET /api/v1/neighbourhoods/{code}/comparable?limit=N} from a fixed table; {@link #DOWN} always answers
 * 503 and a code outside the table 404. Its buurten are used by no other test, so their lessons stay apart.
 */
public class TypologyStub implements QuarkusTestResourceLifecycleManager {

    public static final String BUURT = "BU07720001";
    public static final String CLOSE = "BU07720002";
    public static final String FAIR = "BU07720003";
    public static final String FAR = "BU07720004";
    public static final String DOWN = "BU09990000";

    private static final Pattern COMPARABLE = Pattern.compile("/api/v1/neighbourhoods/([^/]+)/comparable");

    /** The buurt itself ranks first, as typology's answer does. */
    private static final Map<String, List<Map.Entry<String, Double>>> TABLE = Map.of(BUURT, List.of(
            Map.entry(BUURT, 1.0), Map.entry(CLOSE, 0.95), Map.entry(FAIR, 0.90), Map.entry(FAR, 0.60)));

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/neighbourhoods/", this::comparable);
        server.start();
        return Map.of("quarkus.rest-client.typology.url", "http://localhost:" + server.getAddress().getPort());
    }

    private void comparable(HttpExchange exchange) throws IOException {
        Matcher path = COMPARABLE.matcher(exchange.getRequestURI().getPath());
        String code = path.matches() ? path.group(1) : null;
        if (DOWN.equals(code)) {
            respond(exchange, 503, "{\"title\":\"Service Unavailable\"}");
            return;
        }
        List<Map.Entry<String, Double>> neighbours = code == null ? null : TABLE.get(code);
        if (neighbours == null) {
            respond(exchange, 404, "{\"title\":\"Not found\"}");
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        int limit = query != null && query.startsWith("limit=") ? Integer.parseInt(query.substring(6)) : 10;
        String body = "{\"buurt\":\"" + code + "\",\"comparable\":[" + neighbours.stream().limit(limit)
                .map(n -> String.format(Locale.ROOT, "{\"code\":\"%s\",\"name\":\"Ergens\",\"similarity\":%.2f}",
                        n.getKey(), n.getValue()))
                .collect(Collectors.joining(",")) + "]}";
        respond(exchange, 200, body);
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
