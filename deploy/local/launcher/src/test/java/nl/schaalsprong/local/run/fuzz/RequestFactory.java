package nl.schaalsprong.local.run.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds the fuzzer's requests for one service from its served document. Request {@code index} of a seed is always
 * the same request: it is made from its own {@link Random}, seeded from both, so a failing one is made again
 * alone with {@code -Dfuzz.seed}.
 */
public final class RequestFactory {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Mutation[] MUTATIONS = Mutation.values();
    private static final String[] MALFORMED_JSON = {"{", "not json", "[]", "null", "{\"a\":}", "{\"title\":\"x\"",
            "}}}", "\"text\"", "{\"a\":1}}", "\u0000"};

    private final String service;
    private final String baseUrl;
    private final SchemaValues values;
    private final List<ApiOperation> operations;
    private final KnownValues known;
    private final List<Credential> credentials;

    public RequestFactory(String service, String baseUrl, JsonNode document, KnownValues known,
                          List<Credential> credentials) {
        this.service = service;
        this.baseUrl = baseUrl;
        this.values = new SchemaValues(document);
        this.operations = ApiOperation.all(service, document);
        this.known = known;
        this.credentials = List.copyOf(credentials);
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    public String service() {
        return service;
    }

    public FuzzRequest build(ApiOperation operation, long seed, int index) {
        Random random = new Random(seed * 1_000_003L + index);
        Credential credential = credentials.get(random.nextInt(credentials.size()));
        Mutation mutation = random.nextInt(4) == 0 ? Mutation.VALID : MUTATIONS[random.nextInt(MUTATIONS.length)];
        boolean onBody = operation.bodyMediaType() != null && (operation.parameters().isEmpty() || random.nextBoolean());
        if (operation.writes() && credential.mayChangeData()) {
            // A steward's write could change what the other tests rely on: only ones refused whatever they say.
            onBody = operation.bodyMediaType() != null;
            mutation = onBody ? Mutation.MALFORMED_BODY : Mutation.CONTROL_CHARACTERS;
        }
        if (mutation == Mutation.MALFORMED_BODY && operation.bodyMediaType() == null) {
            mutation = Mutation.BROKEN_TYPE;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (credential.authorization() != null) {
            headers.put("Authorization", credential.authorization());
        }
        String url = url(operation, mutation, onBody, credential, headers, random);
        String body = null;
        if (operation.bodyMediaType() != null) {
            String mediaType = operation.bodyMediaType();
            body = operation.bodyMediaType().contains("json") ? json(operation, onBody ? mutation : Mutation.VALID, random)
                    : text(operation, onBody ? mutation : Mutation.VALID, random);
            if (onBody && mutation == Mutation.MALFORMED_BODY && random.nextInt(5) == 0) {
                mediaType = "text/plain"; // the right bytes under the wrong type
            }
            headers.put("Content-Type", mediaType);
        }
        return new FuzzRequest(service, operation.operationId(), seed, index, mutation + (onBody ? " body" : " parameter")
                + " as " + credential.name(), operation.method(), url, headers, body,
                operation.writes() && credential.mayChangeData());
    }

    private String url(ApiOperation operation, Mutation mutation, boolean onBody, Credential credential,
                       Map<String, String> headers, Random random) {
        List<ApiOperation.Parameter> parameters = operation.parameters();
        int target = onBody || parameters.isEmpty() ? -1 : random.nextInt(parameters.size());
        if (credential.mayChangeData() && operation.writes() && !onBody) {
            target = indexOfPathParameter(parameters);
        }
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < parameters.size(); i++) {
            ApiOperation.Parameter parameter = parameters.get(i);
            boolean targeted = i == target;
            if (!targeted && !parameter.required() && !parameter.in().equals("path") && random.nextBoolean()) {
                continue;
            }
            String value = parameterValue(operation, parameter, random);
            if (targeted) {
                value = JsonMutations.text(value, mutation, random);
            }
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}", encode(value == null ? "" : value));
                case "header" -> {
                    if (value != null) {
                        // java.net.http sends only printable ASCII in a header; it refuses the rest before sending.
                        headers.put(parameter.name(), value.replaceAll("[^\\x20-\\x7e]", "?"));
                    }
                }
                case "query" -> {
                    if (value != null) {
                        query.append(query.isEmpty() ? '?' : '&').append(encode(parameter.name())).append('=')
                                .append(encode(value));
                    }
                }
                default -> {
                }
            }
        }
        return baseUrl + path + query;
    }

    private static int indexOfPathParameter(List<ApiOperation.Parameter> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).in().equals("path")) {
                return i;
            }
        }
        throw new IllegalStateException("a write without body and path parameter cannot be refused for sure");
    }

    private String parameterValue(ApiOperation operation, ApiOperation.Parameter parameter, Random random) {
        List<String> candidates = known.candidates(operation.path(), parameter.name());
        if (!candidates.isEmpty() && random.nextInt(10) < 7) {
            return candidates.get(random.nextInt(candidates.size()));
        }
        if (parameter.example() != null && random.nextBoolean()) {
            return parameter.example().asText();
        }
        JsonNode value = values.valid(parameter.schema(), random);
        if (value.isArray()) {
            value = value.isEmpty() ? TextNode.valueOf("") : value.get(0);
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private String json(ApiOperation operation, Mutation mutation, Random random) {
        JsonNode body = operation.bodyExample() != null && random.nextBoolean() ? operation.bodyExample().deepCopy()
                : values.valid(operation.bodySchema(), random);
        body = withLoopbackLinks(body);
        if (mutation == Mutation.MALFORMED_BODY) {
            String whole = write(body);
            return switch (random.nextInt(3)) {
                case 0 -> whole.substring(0, Math.max(1, whole.length() / 2));
                case 1 -> whole + "}";
                default -> MALFORMED_JSON[random.nextInt(MALFORMED_JSON.length)];
            };
        }
        return write(JsonMutations.mutate(body, mutation, random));
    }

    /** A text body (a CSV file): the document's example, broken as the mutation says. */
    private static String text(ApiOperation operation, Mutation mutation, Random random) {
        String example = operation.bodyExample() != null ? operation.bodyExample().asText() : "code,naam\nBU1,a\n";
        return switch (mutation) {
            case VALID, MISSING_FIELD -> example;
            case MALFORMED_BODY, OVERSIZED -> JsonMutations.oversized(JsonMutations.OVERSIZED_LENGTH);
            case CONTROL_CHARACTERS -> example.replaceFirst(",", ",\u0000\u001b");
            case BOUNDARY -> random.nextBoolean() ? "" : example.substring(0, example.indexOf('\n') + 1);
            case BROKEN_TYPE -> example.replaceAll("\\d", "x");
            case UNKNOWN_ENUM -> example.replaceFirst("[^,\n]+", "onbekend");
        };
    }

    /** Every link in a body points at this machine: a service may call a subscription's or a link's address. */
    private static JsonNode withLoopbackLinks(JsonNode node) {
        if (node.isTextual() && node.asText().matches("(?i)https?://.*")) {
            return TextNode.valueOf("http://127.0.0.1:9/fuzz");
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, withLoopbackLinks(object.get(name))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, withLoopbackLinks(node.get(i)));
            }
        }
        return node;
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
