package nl.schaalsprong.local.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The changes from a published OpenAPI document to a new one that would break a client built on the published one:
 * an operation, response, media type or answered field removed; a field no longer always answered; an answered
 * field that may now hold a type or enum value the client does not expect (null, say); a request parameter or
 * field that became required; a request value the published document accepted that is now refused (narrowed type
 * or enum). Additive changes (new operations, optional parameters, answered fields) are not breaking.
 * A focused comparison of our own: the maintained diff tools read OpenAPI 3.0, not the 3.1 schemas SmallRye writes.
 */
public final class BreakingChanges {

    private static final int MAX_DEPTH = 12;

    private final OpenApiDocument published;
    private final OpenApiDocument served;
    private final List<String> changes = new ArrayList<>();

    private BreakingChanges(OpenApiDocument published, OpenApiDocument served) {
        this.published = published;
        this.served = served;
    }

    /** Each breaking change, worded for whoever changed the code; empty when a client of the published one is safe. */
    public static List<String> between(OpenApiDocument published, OpenApiDocument served) {
        BreakingChanges diff = new BreakingChanges(published, served);
        diff.compare();
        return List.copyOf(diff.changes);
    }

    private void compare() {
        for (OpenApiDocument.Operation before : published.operations()) {
            Optional<OpenApiDocument.Operation> after = served.operations().stream()
                    .filter(o -> o.method().equals(before.method()) && o.path().equals(before.path())).findFirst();
            if (after.isEmpty()) {
                changes.add(before + " was removed");
                continue;
            }
            compareParameters(before, after.get());
            compareRequestBody(before, after.get());
            compareResponses(before, after.get());
        }
    }

    private void compareParameters(OpenApiDocument.Operation before, OpenApiDocument.Operation after) {
        Map<String, JsonNode> old = parameters(before);
        parameters(after).forEach((key, parameter) -> {
            JsonNode was = old.get(key);
            boolean required = parameter.path("required").asBoolean(false);
            if (was == null && required) {
                changes.add(before + ": new required parameter " + key);
            } else if (was != null) {
                if (required && !was.path("required").asBoolean(false)) {
                    changes.add(before + ": parameter " + key + " became required");
                }
                schema(before + " parameter " + key, was.path("schema"), parameter.path("schema"), false, 0);
            }
        });
    }

    private static Map<String, JsonNode> parameters(OpenApiDocument.Operation operation) {
        Map<String, JsonNode> byKey = new java.util.LinkedHashMap<>();
        for (JsonNode parameter : operation.declaration().path("parameters")) {
            byKey.put(parameter.path("in").asText() + " " + parameter.path("name").asText(), parameter);
        }
        return byKey;
    }

    private void compareRequestBody(OpenApiDocument.Operation before, OpenApiDocument.Operation after) {
        JsonNode was = before.declaration().path("requestBody");
        JsonNode is = after.declaration().path("requestBody");
        if (was.isMissingNode()) {
            if (is.path("required").asBoolean(false)) {
                changes.add(before + ": a request body became required");
            }
            return;
        }
        was.path("content").fields().forEachRemaining(media -> {
            JsonNode now = is.path("content").path(media.getKey());
            if (now.isMissingNode()) {
                changes.add(before + ": the request body no longer accepts " + media.getKey());
            } else {
                schema(before + " request " + media.getKey(), media.getValue().path("schema"), now.path("schema"),
                        false, 0);
            }
        });
    }

    private void compareResponses(OpenApiDocument.Operation before, OpenApiDocument.Operation after) {
        before.declaration().path("responses").fields().forEachRemaining(response -> {
            JsonNode now = after.declaration().path("responses").path(response.getKey());
            String where = before + " " + response.getKey();
            if (now.isMissingNode()) {
                changes.add(where + ": the response was removed");
                return;
            }
            response.getValue().path("content").fields().forEachRemaining(media -> {
                JsonNode content = now.path("content").path(media.getKey());
                if (content.isMissingNode()) {
                    changes.add(where + ": no longer answers " + media.getKey());
                } else {
                    schema(where + " " + media.getKey(), media.getValue().path("schema"), content.path("schema"),
                            true, 0);
                }
            });
        });
    }

    /**
     * Compares a published schema with the served one at {@code where}. In an answer ({@code response}) the served
     * schema must allow no more than the published one; in a request it must accept no less.
     */
    private void schema(String where, JsonNode was, JsonNode is, boolean response, int depth) {
        if (depth > MAX_DEPTH || was.isMissingNode() || is.isMissingNode()) {
            return;
        }
        JsonNode oldSchema = published.resolve(was);
        JsonNode newSchema = served.resolve(is);
        Set<String> oldTypes = types(published, was);
        Set<String> newTypes = types(served, is);
        if (!oldTypes.isEmpty() && !newTypes.isEmpty()) {
            Set<String> wider = response ? minus(newTypes, oldTypes) : minus(oldTypes, newTypes);
            if (!wider.isEmpty()) {
                changes.add(where + (response ? ": may now answer " : ": no longer accepts ") + wider
                        + " (was " + oldTypes + ", now " + newTypes + ")");
            }
        }
        Set<String> oldEnum = enumeration(published, was);
        Set<String> newEnum = enumeration(served, is);
        if (!oldEnum.isEmpty()) {
            Set<String> wider = response ? minus(newEnum, oldEnum) : minus(oldEnum, newEnum);
            if (newEnum.isEmpty() && response) {
                changes.add(where + ": no longer limited to " + oldEnum);
            } else if (!wider.isEmpty()) {
                changes.add(where + (response ? ": may now answer the values " : ": no longer accepts the values ")
                        + wider);
            }
        }
        Set<String> oldRequired = names(oldSchema.path("required"));
        Set<String> newRequired = names(newSchema.path("required"));
        JsonNode newProperties = newSchema.path("properties");
        oldSchema.path("properties").fields().forEachRemaining(property -> {
            String field = where + " field " + property.getKey();
            JsonNode now = newProperties.path(property.getKey());
            if (now.isMissingNode()) {
                if (response) {
                    changes.add(field + " was removed");
                }
                return;
            }
            if (response && oldRequired.contains(property.getKey()) && !newRequired.contains(property.getKey())) {
                changes.add(field + " is no longer always answered");
            }
            schema(field, property.getValue(), now, response, depth + 1);
        });
        if (!response) {
            for (String required : minus(newRequired, oldRequired)) {
                changes.add(where + ": field " + required + " became required");
            }
        }
        schema(where + " items", oldSchema.path("items"), newSchema.path("items"), response, depth + 1);
    }

    /** The JSON types a schema allows, following a reference and OpenAPI 3.1's nullable {@code anyOf} form. */
    private static Set<String> types(OpenApiDocument document, JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        for (String combiner : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combiner)) {
                types.addAll(types(document, branch));
            }
        }
        if (types.isEmpty() && schema.has("$ref")) {
            types.addAll(types(document, document.resolve(schema)));
        }
        if (types.contains("number")) {
            types.remove("integer");
        }
        return types;
    }

    private static Set<String> enumeration(OpenApiDocument document, JsonNode schema) {
        Set<String> values = new LinkedHashSet<>();
        JsonNode resolved = document.resolve(schema);
        resolved.path("enum").forEach(v -> values.add(v.asText()));
        for (String combiner : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combiner)) {
                values.addAll(enumeration(document, branch));
            }
        }
        return values;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
