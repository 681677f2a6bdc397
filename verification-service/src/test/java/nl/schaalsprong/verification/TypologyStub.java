package nl.schaalsprong.verification;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * typology-service as seen over HTTP: a JDK HTTP server on a free port answering
 * {@code GET /api/v1/neighbourhoods/{code}/comparable?limit=N} (or {@code ?among=A,B&explain=true}) from a fixed
 * table, on basis "standaard" version 1. As typology, a buurt named in {@code among} that it does not know (here: not
 * in the code's table) answers 404.
 * A code marked down answers 503, to show what happens while typology is unwell: {@link #DOWN} starts down, and
 * {@code POST /down/{code}} and {@code POST /up/{code}} switch a code. A code marked lacking answers 422 with a
 * problem naming the dimensions it lacks, as typology does for a buurt that cannot be compared on the basis:
 * {@link #LACKING} starts so, and {@code POST /lacking/{code}} and {@code POST /complete/{code}} switch a code. {@code GET /calls/{code}} tells a test how
 * often a code was asked for, and {@code GET /queries/{code}} the query strings, one a line (the stub runs outside the
 * application's class loader, so tests ask it over HTTP too).
 */
public class TypologyStub implements QuarkusTestResourceLifecycleManager {

    /** A lesson's origin with comparable buurten; the origin itself ranks first, as typology's would. */
    public static final String ORIGIN = "BU00140000";
    /** A second origin, whose neighbours partly overlap with {@link #ORIGIN}'s. */
    public static final String OTHER_ORIGIN = "BU00140001";
    /** An origin for which typology-service is failing, until a test brings it up. */
    public static final String DOWN = "BU09990000";
    /**
     * An origin whose comparable buurten carry typology types, proeftuin status and per-dimension contributions:
     * three of type 1 and one of type 2 rank highest, all proeftuinen; the only buurt without proeftuin status
     * (type 1) ranks last.
     */
    public static final String TYPED = "BU00140002";
    /**
     * An origin (gemeente 0014) whose 20 most comparable buurten lie elsewhere, followed by two of its own gemeente
     * (BU00140101, BU00140102): found only by asking {@code within=gemeente}, as typology's nationwide top would
     * not reach them.
     */
    public static final String GROWING = "BU00140003";
    /** An origin typology cannot compare on its basis for lack of figures (422), until a test completes them. */
    public static final String LACKING = "BU00140007";
    /** The detail of the 422 problem for {@link #LACKING}, as typology words it. */
    public static final String LACKING_DETAIL = "BU00140007 lacks AANDEEL_STADSVERWARMING, AANDEEL_ALL_ELECTRIC";
    /** The typology the stub's types belong to. */
    public static final String TYPOLOGY_ID = "8a3c7e55-1d2b-4f60-9e8a-0c4d5b6a7f21";

    private static final Pattern COMPARABLE = Pattern.compile("/api/v1/neighbourhoods/([^/]+)/comparable");

    private static final String CONTRIBUTIONS = ",\"contributions\":["
            + "{\"dimension\":\"STEDELIJKHEID\",\"weight\":0.2,\"distance\":0.25,\"contribution\":0.05,\"value\":4,\"otherValue\":3},"
            + "{\"dimension\":\"AANDEEL_65_PLUS\",\"weight\":0.2,\"distance\":null,\"contribution\":0,\"value\":null,\"otherValue\":0.12}]";

    private static final Map<String, List<Neighbour>> TABLE = Map.of(
            GROWING, growing(),
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
                    new Neighbour("BU03630105", "Kinkerbuurt", 0.70)),
            LACKING, List.of(
                    new Neighbour(LACKING, "UMCG", 1.0),
                    new Neighbour("BU03630105", "Kinkerbuurt", 0.81),
                    new Neighbour("BU07720305", "Woensel-West", 0.79),
                    new Neighbour("BU03440201", "Lombok-Oost", 0.70)),
            DOWN, List.of(
                    new Neighbour(DOWN, "Nergenshuizen", 1.0),
                    new Neighbour("BU03630105", "Kinkerbuurt", 0.90),
                    new Neighbour("BU05990101", "Oude Westen", 0.80),
                    new Neighbour("BU03440201", "Lombok-Oost", 0.70),
                    new Neighbour("BU07720305", "Woensel-West", 0.60)),
            TYPED, List.of(
                    new Neighbour(TYPED, "Selwerd", 1.0, typed(1, true)),
                    new Neighbour("BU03630201", "Dapperbuurt", 0.95, typed(1, true) + CONTRIBUTIONS),
                    new Neighbour("BU03630202", "Transvaalbuurt", 0.94, typed(1, true)),
                    new Neighbour("BU03630203", "Indische Buurt", 0.93, typed(1, true)),
                    new Neighbour("BU05990301", "Bospolder", 0.90, typed(2, true)),
                    new Neighbour("BU07720401", "Doornakkers", 0.70, typed(1, false))));

    private static List<Neighbour> growing() {
        List<Neighbour> neighbours = new java.util.ArrayList<>();
        neighbours.add(new Neighbour(GROWING, "Vinkhuizen-Zuid", 1.0));
        for (int i = 0; i < 20; i++) {
            neighbours.add(new Neighbour(String.format(Locale.ROOT, "BU0363%04d", 300 + i), "Elders " + i, 0.99 - i * 0.01));
        }
        neighbours.add(new Neighbour("BU00140101", "Vinkhuizen-Noord", 0.60));
        neighbours.add(new Neighbour("BU00140102", "Hoogkerk-Zuid", 0.55));
        return List.copyOf(neighbours);
    }

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, List<String>> queries = new ConcurrentHashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final Set<String> lacking = ConcurrentHashMap.newKeySet();
    private HttpServer server;

    private static String typed(int type, boolean proeftuin) {
        return ",\"type\":{\"typologyId\":\"" + TYPOLOGY_ID + "\",\"number\":" + type + ",\"label\":\"Type " + type
                + "\"},\"proeftuin\":" + proeftuin;
    }

    /** {@code extra}: more JSON members of the item, as typology sends them (type, proeftuin, contributions). */
    record Neighbour(String code, String name, double similarity, String extra) {
        Neighbour(String code, String name, double similarity) {
            this(code, name, similarity, "");
        }

        /** As typology answers: contributions only when the request said {@code explain=true}. */
        String json(boolean explain) {
            return String.format(Locale.ROOT,
                    "{\"code\":\"%s\",\"name\":\"%s\",\"gemeente\":\"Ergens\",\"similarity\":%.2f%s}",
                    code, name, similarity, explain ? extra : extra.replace(CONTRIBUTIONS, ""));
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        down.add(DOWN);
        lacking.add(LACKING);
        server.createContext("/api/v1/neighbourhoods/", this::comparable);
        AreaStub.register(server); // the advice's questions about areas
        server.createContext("/calls/", exchange -> {
            String code = exchange.getRequestURI().getPath().substring("/calls/".length());
            respond(exchange, 200, String.valueOf(calls.getOrDefault(code, new AtomicInteger()).get()));
        });
        server.createContext("/queries/", exchange -> {
            String code = exchange.getRequestURI().getPath().substring("/queries/".length());
            respond(exchange, 200, String.join("\n", queries.getOrDefault(code, List.of())));
        });
        server.createContext("/down/", exchange -> switchCode(exchange, down, true));
        server.createContext("/up/", exchange -> switchCode(exchange, down, false));
        server.createContext("/lacking/", exchange -> switchCode(exchange, lacking, true));
        server.createContext("/complete/", exchange -> switchCode(exchange, lacking, false));
        server.start();
        return Map.of("quarkus.rest-client.typology.url", "http://localhost:" + server.getAddress().getPort());
    }

    private void comparable(HttpExchange exchange) throws IOException {
        if (AreaStub.answered(exchange)) {
            return;
        }
        Matcher path = COMPARABLE.matcher(exchange.getRequestURI().getPath());
        if (!path.matches()) {
            respond(exchange, 404, "{}");
            return;
        }
        String code = path.group(1);
        calls.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
        queries.computeIfAbsent(code, c -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(String.valueOf(exchange.getRequestURI().getQuery()));
        if (down.contains(code)) {
            respond(exchange, 503, "{\"title\":\"Service Unavailable\"}");
            return;
        }
        if (lacking.contains(code)) {
            respond(exchange, 422, "{\"type\":\"about:blank\",\"title\":\"Unprocessable Entity\",\"status\":422,"
                    + "\"detail\":\"" + LACKING_DETAIL + "\"}");
            return;
        }
        List<Neighbour> known = TABLE.get(code);
        if (known == null) {
            respond(exchange, 404, "{\"title\":\"Not found\"}");
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        int limit = limit(query);
        // As typology: within=gemeente keeps the buurten whose code starts with the same gemeente digits.
        List<Neighbour> neighbours = query != null && List.of(query.split("&")).contains("within=gemeente")
                ? known.stream().filter(n -> n.code().startsWith(code.substring(0, 6))).toList() : known;
        boolean explain = query != null && List.of(query.split("&")).contains("explain=true");
        Set<String> among = among(query);
        if (among.stream().anyMatch(other -> neighbours.stream().noneMatch(n -> n.code().equals(other)))) {
            // As typology: a buurt named in among that it does not know is a 404 (the stub knows only its table).
            respond(exchange, 404, "{\"title\":\"Not found\"}");
            return;
        }
        String body = "{\"buurt\":\"" + code + "\",\"basis\":\"standaard\",\"basisVersion\":1,\"comparable\":["
                + (among.isEmpty() ? neighbours.stream().limit(limit)
                : neighbours.stream().filter(n -> among.contains(n.code()) && !n.code().equals(code)))
                .map(n -> n.json(explain)).collect(Collectors.joining(",")) + "]}";
        respond(exchange, 200, body);
    }

    private static void switchCode(HttpExchange exchange, Set<String> marked, boolean mark) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String code = path.substring(path.lastIndexOf('/') + 1);
        if (mark) {
            marked.add(code);
        } else {
            marked.remove(code);
        }
        respond(exchange, 200, "{}");
    }

    /** As typology: {@code among} lists the only buurten to rank (comma-separated), and limit then does not apply. */
    private static Set<String> among(String query) {
        Set<String> among = new java.util.HashSet<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("among=")) {
                    among.addAll(List.of(pair.substring("among=".length()).split(",")));
                }
            }
        }
        return among;
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
