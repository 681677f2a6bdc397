package nl.schaalsprong.local.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An OpenAPI 3.1 document as a service serves it ({@code /q/openapi?format=json}), read for one purpose: finding the
 * operation a request reached and what that operation may answer.
 */
public final class OpenApiDocument {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private final JsonNode root;
    private final List<Template> templates = new ArrayList<>();

    public OpenApiDocument(JsonNode root) {
        this.root = root;
        root.path("paths").fields().forEachRemaining(path -> templates.add(new Template(path.getKey())));
        // A literal segment beats a parameter: /imports/cbs-kwb is not /imports/{id}.
        templates.sort(Comparator.comparingInt(Template::parameters).thenComparing(Template::path));
    }

    /** The document a running service serves at {@code base} (scheme, host and port). */
    public static OpenApiDocument servedAt(URI base) {
        URI uri = base.resolve("/q/openapi?format=json");
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + answer.statusCode() + ", not the OpenAPI document");
            }
            return new OpenApiDocument(MAPPER.readTree(answer.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the OpenAPI document at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + uri, e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** The operation the document declares for this method and raw (still percent-encoded) request path. */
    public Optional<Operation> operation(String method, String rawPath) {
        String verb = method.toLowerCase(Locale.ROOT);
        // A parameter is one path segment, unless no operation matches so: a tag (participatie/keukentafel) may
        // span two, as its resource's @Path pattern allows.
        for (Template template : templates) {
            if (template.pattern.matcher(rawPath).matches()) {
                JsonNode operation = root.path("paths").path(template.path).path(verb);
                if (operation.isObject()) {
                    return Optional.of(new Operation(verb.toUpperCase(Locale.ROOT), template.path, operation));
                }
            }
        }
        for (Template template : templates) {
            if (template.spanning.matcher(rawPath).matches()) {
                JsonNode operation = root.path("paths").path(template.path).path(verb);
                if (operation.isObject()) {
                    return Optional.of(new Operation(verb.toUpperCase(Locale.ROOT), template.path, operation));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether any operation of the document lives at this path (under another method, perhaps). */
    public boolean hasPath(String rawPath) {
        return templates.stream().anyMatch(template -> template.pattern.matcher(rawPath).matches());
    }

    /** Every operation of the document, for checks over the whole of it. */
    public List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isObject()) {
                    all.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), operation));
                }
            }
        });
        return all;
    }

    /**
     * The schema a {@code $ref} points to in this document (followed until no reference is left), or the one branch
     * that is not {@code null} of OpenAPI 3.1's nullable form ({@code anyOf: [{$ref}, {type: null}]}); else itself.
     */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 20; hops++) {
            if (current.has("$ref") && current.path("$ref").asText().startsWith("#")) {
                current = root.at(current.path("$ref").asText().substring(1));
                continue;
            }
            if (!current.has("properties") && current.path("anyOf").size() == 2) {
                JsonNode other = null;
                for (JsonNode branch : current.path("anyOf")) {
                    if (!"null".equals(branch.path("type").asText())) {
                        other = branch;
                    }
                }
                if (other != null && other != current) {
                    current = other;
                    continue;
                }
            }
            return current;
        }
        return current;
    }

    /** A JSON Schema (OpenAPI 3.1 dialect) for one schema of the document, with the document's components beside it. */
    ObjectNode standalone(JsonNode schema) {
        ObjectNode standalone = MAPPER.createObjectNode();
        standalone.put("$schema", ResponseContract.OAS_DIALECT);
        standalone.set("components", root.path("components"));
        standalone.putArray("allOf").add(schema);
        return standalone;
    }

    /** One operation: its method, its path template as the document writes it, and its declaration. */
    public record Operation(String method, String path, JsonNode declaration) {

        public String operationId() {
            return declaration.path("operationId").asText("(no operationId)");
        }

        /** The declared response for a status: exact, else its range ({@code 4XX}), else {@code default}. */
        public Optional<Map.Entry<String, JsonNode>> response(int status) {
            JsonNode responses = declaration.path("responses");
            for (String key : List.of(Integer.toString(status), (status / 100) + "XX", "default")) {
                if (responses.has(key)) {
                    return Optional.of(Map.entry(key, responses.get(key)));
                }
            }
            return Optional.empty();
        }

        public List<String> declaredStatuses() {
            List<String> statuses = new ArrayList<>();
            Iterator<String> names = declaration.path("responses").fieldNames();
            names.forEachRemaining(statuses::add);
            return statuses;
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + operationId() + ")";
        }
    }

    private record Template(String path, Pattern pattern, Pattern spanning, int parameters) {

        Template(String path) {
            this(path, compile(path, "[^/]+"), compile(path, ".+"), (int) path.chars().filter(c -> c == '{').count());
        }

        private static Pattern compile(String path, String parameter) {
            StringBuilder regex = new StringBuilder("^");
            for (String part : path.split("(?=\\{)|(?<=\\})")) {
                regex.append(part.startsWith("{") ? parameter : Pattern.quote(part));
            }
            return Pattern.compile(regex.append("$").toString());
        }
    }
}
