package nl.schaalsprong.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks on a served OpenAPI document that every service's tests share: generated clients name their methods after
 * each operation's {@code operationId}, so every operation needs one, and no two the same.
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

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
            } else if (seen.putIfAbsent(text, where) != null) {
                problems.add(where + " repeats operationId '" + text + "' of " + seen.get(text));
            }
        }));
        return problems;
    }
}
