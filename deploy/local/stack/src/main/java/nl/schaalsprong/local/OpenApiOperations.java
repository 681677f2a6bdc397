package nl.schaalsprong.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks on a served OpenAPI document that every service's tests share: generated clients name their methods after
 * each operation's {@code operationId}, so every operation needs one, readable (lowerCamelCase, verb and noun), and
 * no two the same.
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    /** What generated clients turn into a readable method name: lowerCamelCase, verb first (listLessons). */
    private static final java.util.regex.Pattern READABLE = java.util.regex.Pattern.compile("[a-z]+(?:[A-Z0-9][a-z0-9]*)+");

    private OpenApiOperations() {
    }

    /**
     * What is wrong with the operation ids of a document's {@code paths} (as parsed JSON): each operation without
     * one, each id used twice. Empty when all is well.
     */
    public static List<String> operationIdProblems(Map<String, Map<String, Object>> paths) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (!METHODS.contains(method) || !(operation instanceof Map<?, ?> fields)) {
                return;
            }
            String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
            Object id = fields.get("operationId");
            if (!(id instanceof String text) || text.isBlank()) {
                problems.add(where + " has no operationId");
            } else if (!READABLE.matcher(text).matches()) {
                problems.add(where + " has operationId '" + text + "': give it a lowerCamelCase verb and noun, "
                        + "e.g. @Operation(operationId = \"listAdvice\")");
            } else if (seen.putIfAbsent(text, where) != null) {
                problems.add(where + " repeats operationId '" + text + "' of " + seen.get(text));
            }
        }));
        return problems;
    }
}
