package nl.schaalsprong.local.run.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation of a served OpenAPI document, as far as the fuzzer needs it: where it is, its parameters and the
 * schema of its body, and whether it wants a token. Schemas stay JSON; {@link Schemas} resolves their references.
 */
public record ApiOperation(String service, String method, String path, String operationId, List<Parameter> parameters,
                           String bodyMediaType, JsonNode bodySchema, JsonNode bodyExample, boolean secured) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    public record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    public boolean writes() {
        return !method.equals("GET");
    }

    /** Every operation of the document, in the document's order. */
    public static List<ApiOperation> all(String service, JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(entry -> {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(of(service, entry.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                            entry.getValue()));
                }
            });
        }
        return operations;
    }

    private static ApiOperation of(String service, String method, String path, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                    parameter.path("required").asBoolean(false), parameter.path("schema"), parameter.get("example")));
        }
        String mediaType = null;
        JsonNode bodySchema = null;
        JsonNode bodyExample = null;
        Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").fields();
        if (content.hasNext()) {
            Map.Entry<String, JsonNode> first = content.next();
            mediaType = first.getKey();
            bodySchema = first.getValue().path("schema");
            bodyExample = first.getValue().get("example");
            Iterator<JsonNode> examples = first.getValue().path("examples").elements();
            if (bodyExample == null && examples.hasNext()) {
                bodyExample = examples.next().get("value");
            }
        }
        boolean secured = operation.has("security") && !operation.path("security").isEmpty();
        return new ApiOperation(service, method, path, operation.path("operationId").asText(method + " " + path),
                List.copyOf(parameters), mediaType, bodySchema, bodyExample, secured);
    }
}
