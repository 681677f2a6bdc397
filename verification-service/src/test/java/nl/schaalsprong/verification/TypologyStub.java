package nl.schaalsprong.verification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * typology-service as seen over HTTP: a JDK HTTP server on a free port answering
 * {@code GET /api/v1/neighbourhoods/{code}/comparable?limit=N} from a fixed table. {@link #DOWN} always answers
 * 503, to show what happens while typology is unwell. {@code GET /calls/{code}} tells a test how often a code
 * was asked for (the stub runs outside the application's class loader, so tests ask it over HTTP too).
 */
public class TypologyStub implements QuarkusTestResourceLifecycleManager {

    /** A lesson's origin with comparable buurten; the origin itself ranks first, as typology's would. */
    public static final String ORIGIN = "BU00140000";
    /** A second origin, whose neighbours partly overlap with {@link #ORIGIN}'s. */
    public static final String OTHER_ORIGIN = "BU00140001";
    /** An origin for which typology-service is failing. */
    public static final String DOWN = "BU09990000";

    private static final Pattern COMPARABLE = Pattern.compile("/api/v1/neighbourhoods/([^/]+)/comparable");

    private static final Map<String, List<Neighbour>> TABLE = Map.of(
            ORIGIN, List.of(
                    new Neighbour(ORIGIN, "Paddepoel-Zuid", 1.0),
                    new Neighbour("BU03630105", "Kinkerbuurt", 0.93),
                    new Neighbour("BU05990101", "Oude Westen", 0.88),
                    new Neighbour("BU03440201", "Lombok-Oost", 0.88),
                    new Neighbour(OTHER_ORIGIN, "Paddepoel-Noord", 0.80),
                    new Neighbour("BU07720305", "Woensel-West", 0.75)),
            OTHER_ORIGIN, List.of(
                    new Neighbour(OTHER_ORIGIN, "Paddepoel-Noord", 1.0),
                    new Neighbour(ORIGIN, "Paddepoel-Zuid", 0.97),
                    new Neighbour("BU07720305", "Woensel-West", 0.95),
                    new Neighbour("BU03630105", "Kinkerbuurt", 0.70)));

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private HttpServer server;

    record Neighbour(String code, String name, double similarity) {
        String json() {
            return String.format(java.util.Locale.ROOT,
                    "{\"code\":\"%s\",\"name\":\"%s\",\"gemeente\":\"Ergens\",\"similarity\":%.2f}", code, name, similarity);
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/neighbourhoods/", this::comparable);
        server.createContext("/calls/", exchange -> {
            String code = exchange.getRequestURI().getPath().substring("/calls/".length());
            respond(exchange, 200, String.valueOf(calls.getOrDefault(code, new AtomicInteger()).get()));
        });
        server.start();
        return Map.of("quarkus.rest-client.typology.url", "http://localhost:" + server.getAddress().getPort());
    }

    private void comparable(HttpExchange exchange) throws IOException {
        Matcher path = COMPARABLE.matcher(exchange.getRequestURI().getPath());
        if (!path.matches()) {
            respond(exchange, 404, "{}");
            return;
        }
        String code = path.group(1);
        calls.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
        if (DOWN.equals(code)) {
            respond(exchange, 503, "{\"title\":\"Service Unavailable\"}");
            return;
        }
        List<Neighbour> neighbours = TABLE.get(code);
        if (neighbours == null) {
            respond(exchange, 404, "{\"title\":\"Not found\"}");
            return;
        }
        int limit = limit(exchange.getRequestURI().getQuery());
        String body = "{\"buurt\":\"" + code + "\",\"comparable\":["
                + neighbours.stream().limit(limit).map(Neighbour::json).collect(Collectors.joining(",")) + "]}";
        respond(exchange, 200, body);
    }

    private static int limit(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("limit=")) {
                    return Integer.parseInt(pair.substring("limit=".length()));
                }
            }
        }
        return 10;
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
