package nl.schaalsprong.verification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * typology-service's answers about areas, for the advice (part of {@link TypologyStub}'s server):
 * {@code /api/v1/areas/{code}}, {@code /api/v1/neighbourhoods/{code}/type}, and the comparable buurten, wijken and
 * gemeenten of the advice's test areas. Types are labelled as {@link TypologyStub}'s ("Type 1", ...).
 */
public final class AreaStub {

    /** A buurt of type 1 that was never suggested: comparable to {@link TypologyStub#TYPED}'s type-1 neighbours. */
    public static final String TYPE_1_BUURT = "BU03630299";
    /** A buurt of type 2, like Bospolder (BU05990301). */
    public static final String TYPE_2_BUURT = "BU05990399";
    /** The wijk of Dapperbuurt, Transvaalbuurt and Indische Buurt (all type 1). */
    public static final String WIJK = "WK036302";
    public static final String GEMEENTE = "GM0363";
    /**
     * The origin of the advice's lesson: comparable to the same typed buurten as {@link TypologyStub#TYPED}, but a
     * code of its own, so the suggestions' flow tests count their calls for TYPED undisturbed.
     */
    public static final String ORIGIN = "BU00140009";
    private static final String CONTRIBUTIONS = ",\"contributions\":[{\"dimension\":\"STEDELIJKHEID\",\"weight\":0.2,"
            + "\"distance\":0.25,\"contribution\":0.05,\"value\":4,\"otherValue\":3}]";
    private static final List<String> ORIGIN_NEIGHBOURS = List.of(
            neighbour("BU03630201", "Dapperbuurt", 0.95, 1, true),
            neighbour("BU05990301", "Bospolder", 0.90, 2, true),
            neighbour("BU07720401", "Doornakkers", 0.70, 1, false));

    /**
     * The origin of a lesson verified at wijk or gemeente scale (its rightscaling): its wijk {@code WK074105} and
     * gemeente {@code GM0741} have comparable wijken and gemeenten, with contributions when explain=true; one wijk of
     * its own gemeente (WK074107) ranks last nationwide, and is all {@code within=gemeente} gives.
     */
    public static final String SCALED_ORIGIN = "BU07410501";
    private static final Map<String, List<String>> SCALED = Map.of(
            "WK074105", List.of(area("WK036303", "Oost", 0.91, 0), area("WK059902", "Delfshaven", 0.86, 1),
                    area("WK077201", "Woensel-Zuid", 0.80, 0), area("WK074107", "Wijk 07", 0.50, 0)),
            "GM0741", List.of(area("GM0363", "Amsterdam", 0.89, 3), area("GM0599", "Rotterdam", 0.84, 1),
                    area("GM0772", "Eindhoven", 0.80, 1), area("GM0344", "Utrecht", 0.78, 0)));

    /** As typology answers an area: {@code proeftuin} when any of its buurten is one, and how many are. */
    private static String area(String code, String name, double similarity, int proeftuinBuurten) {
        return String.format(java.util.Locale.ROOT, "{\"code\":\"%s\",\"name\":\"%s\",\"similarity\":%.2f,"
                + "\"comparedDimensions\":5,\"missingWeight\":0,\"differsMostOn\":\"STEDELIJKHEID\","
                + "\"proeftuin\":%s,\"proeftuinBuurten\":%d%%s}", code, name, similarity, proeftuinBuurten > 0,
                proeftuinBuurten);
    }

    /** As typology: within=gemeente keeps the wijken of the same gemeente, contributions only with explain=true. */
    private static String scaledAnswer(String code, String query) {
        boolean explain = query != null && query.contains("explain=true");
        boolean within = query != null && query.contains("within=gemeente");
        return "{\"basis\":\"standaard\",\"basisVersion\":1,\"comparable\":["
                + SCALED.get(code).stream().filter(a -> !within || a.substring(11, 15).equals(code.substring(2, 6)))
                .map(a -> a.formatted(explain ? CONTRIBUTIONS : "")).collect(java.util.stream.Collectors.joining(","))
                + "]}";
    }

    /** A well-formed buurt code no area has. */
    public static final String UNKNOWN = "BU09999999";

    private static final Map<String, String> AREAS = Map.of(
            TYPE_1_BUURT, "{\"code\":\"BU03630299\",\"level\":\"buurt\",\"name\":\"Zeeburgereiland\"}",
            TYPE_2_BUURT, "{\"code\":\"BU05990399\",\"level\":\"buurt\",\"name\":\"Tussendijken\"}",
            WIJK, "{\"code\":\"WK036302\",\"level\":\"wijk\",\"name\":\"Oud-West\"}",
            GEMEENTE, "{\"code\":\"GM0363\",\"level\":\"gemeente\",\"name\":\"Amsterdam\"}");
    private static final Map<String, Integer> TYPES = Map.of(TYPE_1_BUURT, 1, TYPE_2_BUURT, 2);
    private static final Map<String, String> COMPARABLE = Map.of(
            TYPE_1_BUURT, comparable("\"BU03630201\",\"similarity\":0.97,\"differsMostOn\":\"STEDELIJKHEID\"",
                    "\"BU03630202\",\"similarity\":0.95,\"differsMostOn\":null"),
            TYPE_2_BUURT, comparable("\"BU05990301\",\"similarity\":0.96,\"differsMostOn\":\"AANDEEL_STADSVERWARMING\""),
            WIJK, comparable("\"WK059903\",\"similarity\":0.88,\"differsMostOn\":\"LOG_WONINGEN\""),
            GEMEENTE, comparable("\"GM0599\",\"similarity\":0.9,\"differsMostOn\":\"STEDELIJKHEID\""));
    private static final Pattern NEIGHBOURHOOD = Pattern.compile("/api/v1/neighbourhoods/([^/]+)/(type|comparable)");

    private AreaStub() {
    }

    private static String neighbour(String code, String name, double similarity, int type, boolean proeftuin) {
        return String.format(java.util.Locale.ROOT, "{\"code\":\"%s\",\"name\":\"%s\",\"similarity\":%.2f,"
                + "\"type\":{\"typologyId\":\"%s\",\"number\":%d,\"label\":\"Type %d\"},\"proeftuin\":%s%%s}",
                code, name, similarity, TypologyStub.TYPOLOGY_ID, type, type, proeftuin);
    }

    /** As typology: only the buurten in {@code among} when given, contributions only with explain=true. */
    private static String originAnswer(String query) {
        String among = query == null ? "" : java.util.Arrays.stream(query.split("&")).filter(p -> p.startsWith("among="))
                .findFirst().orElse("");
        boolean explain = query != null && query.contains("explain=true");
        return "{\"buurt\":\"" + ORIGIN + "\",\"basis\":\"standaard\",\"basisVersion\":1,\"comparable\":["
                + ORIGIN_NEIGHBOURS.stream().filter(n -> among.isEmpty() || among.contains(n.substring(9, 19)))
                .map(n -> n.formatted(explain ? CONTRIBUTIONS : "")).collect(java.util.stream.Collectors.joining(","))
                + "]}";
    }

    private static String comparable(String... items) {
        StringBuilder body = new StringBuilder("{\"basis\":\"warmte-en-wonen\",\"basisVersion\":1,\"comparable\":[");
        for (int i = 0; i < items.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"code\":").append(items[i]).append('}');
        }
        return body.append("]}").toString();
    }

    static void register(HttpServer server) {
        server.createContext("/api/v1/areas/", exchange -> {
            String code = exchange.getRequestURI().getPath().substring("/api/v1/areas/".length());
            String area = AREAS.get(code);
            respond(exchange, area == null ? 404 : 200, area == null ? "{\"title\":\"Not found\"}" : area);
        });
        server.createContext("/api/v1/wijken/", exchange -> comparableArea(exchange, "/api/v1/wijken/"));
        server.createContext("/api/v1/gemeenten/", exchange -> comparableArea(exchange, "/api/v1/gemeenten/"));
    }

    /** Answers a buurt's type, and the comparable buurten of the advice's test buurten. @return whether it answered */
    static boolean answered(HttpExchange exchange) throws IOException {
        Matcher path = NEIGHBOURHOOD.matcher(exchange.getRequestURI().getPath());
        if (!path.matches()) {
            return false;
        }
        String code = path.group(1);
        if (path.group(2).equals("type")) {
            Integer type = TYPES.get(code);
            respond(exchange, type == null ? 404 : 200, type == null ? "{\"title\":\"Not typed\"}"
                    : "{\"code\":\"" + code + "\",\"typologyId\":\"" + TypologyStub.TYPOLOGY_ID + "\",\"typologyVersion\":1,"
                    + "\"distance\":0.05,\"type\":{\"number\":" + type + ",\"label\":\"Type " + type + "\"}}");
            return true;
        }
        if (code.equals(ORIGIN)) {
            respond(exchange, 200, originAnswer(exchange.getRequestURI().getQuery()));
            return true;
        }
        if (TYPES.containsKey(code)) {
            respond(exchange, 200, COMPARABLE.get(code));
            return true;
        }
        return false;
    }

    private static void comparableArea(HttpExchange exchange, String prefix) throws IOException {
        String code = exchange.getRequestURI().getPath().substring(prefix.length()).replace("/comparable", "");
        if (SCALED.containsKey(code)) {
            respond(exchange, 200, scaledAnswer(code, exchange.getRequestURI().getQuery()));
            return;
        }
        String answer = COMPARABLE.get(code);
        respond(exchange, answer == null ? 404 : 200, answer == null ? "{\"title\":\"Not found\"}" : answer);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
