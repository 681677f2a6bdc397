package nl.schaalsprong.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Stand-ins for the three services, on a port of their own (the JDK's HTTP server): each answers under
 * /{service}/api/v1 by echoing which service was asked, for which method, path and query, with which token and body.
 * advice answers 404 (as verification-service does for an area it does not know), a write without a token 401,
 * Accept: text/csv a CSV body, and a nomination of {@link #NOMINATED_BUURT} 409 (already verified there).
 */
public class ServiceStubs implements QuarkusTestResourceLifecycleManager {

    /** A buurt where the lesson already has a verification: nominating it again is a conflict. */
    static final String NOMINATED_BUURT = "BU00141001";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String service : new String[]{"lessons", "typology", "verification"}) {
            server.createContext("/" + service + "/api/v1/", exchange -> answer(service, exchange));
        }
        server.start();
        String base = "http://localhost:" + server.getAddress().getPort() + "/";
        return Map.of("dashboard.lessons-url", base + "lessons", "dashboard.typology-url", base + "typology",
                "dashboard.verification-url", base + "verification");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(String service, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath().substring(service.length() + 1);
        String query = exchange.getRequestURI().getRawQuery();
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        if (path.startsWith("/api/v1/advice")) {
            send(exchange, 404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}");
        } else if (!"GET".equals(method) && authorization == null) {
            send(exchange, 401, "application/problem+json", "{\"title\":\"Unauthorized\",\"status\":401}");
        } else if ("POST".equals(method) && path.equals("/api/v1/verifications") && body.contains(NOMINATED_BUURT)) {
            send(exchange, 409, "application/problem+json", "{\"title\":\"Conflict\",\"status\":409,\"detail\":"
                    + "\"the lesson already has a verification in " + NOMINATED_BUURT + "\"}");
        } else if (accept != null && accept.startsWith("text/csv")) {
            send(exchange, 200, "text/csv", "month,suggested\r\n2026-11,3\r\n");
        } else {
            exchange.getResponseHeaders().add("ETag", "\"7\"");
            if ("POST".equals(method)) {
                exchange.getResponseHeaders().add("Location", "http://localhost:" + exchange.getLocalAddress().getPort()
                        + "/" + service + path + "/42");
            }
            send(exchange, "POST".equals(method) ? 201 : 200, "application/json", "{\"service\":\"" + service
                    + "\",\"method\":\"" + method + "\",\"path\":\"" + path + "\",\"query\":"
                    + (query == null ? "null" : "\"" + query + "\"") + ",\"authorization\":"
                    + (authorization == null ? "null" : "\"" + authorization + "\"") + ",\"body\":"
                    + (body.isEmpty() ? "null" : body) + "}");
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
