package nl.schaalsprong.verification.subscription;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A subscriber's webhook endpoint, a real HTTP server on a free port (or a given one): it keeps every request it
 * gets and answers what the test tells it, as a function of how many requests came before.
 */
final class Receiver implements AutoCloseable {

    /** What the receiver does with the n-th request (from 1): answer a status, after blocking if it wishes. */
    interface Behaviour {
        int answer(int n) throws Exception;
    }

    record Received(Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Behaviour behaviour;

    private Receiver(int port, Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    static Receiver answering(Behaviour behaviour) {
        return on(0, behaviour);
    }

    static Receiver on(int port, Behaviour behaviour) {
        try {
            return new Receiver(port, behaviour);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Receiver ok() {
        return answering(n -> 200);
    }

    void behave(Behaviour next) {
        behaviour = next;
    }

    private void handle(HttpExchange exchange) throws IOException {
        int n = requests.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        int status;
        try {
            status = behaviour.answer(n);
        } catch (Exception e) {
            status = 599;
        }
        received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/schaalsprong/events";
    }

    /** Requests answered so far (a request still being handled is not among them). */
    List<Received> received() {
        return List.copyOf(received);
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
