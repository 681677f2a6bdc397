package nl.schaalsprong.local.run.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Valid values for the schemas of one served document: an example the document gives where there is one (that is
 * what gets past the first checks and reaches the code behind them), else a value built from the schema's type,
 * format, bounds and enum.
 */
final class SchemaValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    /** Words only: a generated text never spells a Java name that the leak check looks for. */
    private static final String[] WORDS = {"buurt", "wijk", "warmte", "les", "proef", "tuin", "gesprek", "isolatie",
            "net", "wonen", "straat", "avond", "deelname", "aanbod"};

    private final JsonNode document;

    SchemaValues(JsonNode document) {
        this.document = document;
    }

    /** The schema a {@code $ref} points to, or the schema itself. */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved != null && resolved.has("$ref") && hops < 10; hops++) {
            String ref = resolved.path("$ref").asText();
            resolved = document.at(ref.substring(1));
        }
        return resolved == null || resolved.isMissingNode() ? JSON.objectNode() : resolved;
    }

    JsonNode valid(JsonNode schema, Random random) {
        return valid(schema, random, 0);
    }

    private JsonNode valid(JsonNode given, Random random, int depth) {
        JsonNode schema = resolve(given);
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && !examples.isEmpty() && random.nextInt(4) > 0) {
            return examples.get(random.nextInt(examples.size())).deepCopy();
        }
        if (schema.has("example") && random.nextInt(4) > 0) {
            return schema.get("example").deepCopy();
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.path(choice).isArray() && !schema.path(choice).isEmpty()) {
                JsonNode options = schema.path(choice);
                return valid(options.get(random.nextInt(options.size())), random, depth + 1);
            }
        }
        if (schema.path("allOf").isArray() && !schema.path("allOf").isEmpty()) {
            ObjectNode merged = JSON.objectNode();
            for (JsonNode part : schema.path("allOf")) {
                JsonNode value = valid(part, random, depth + 1);
                if (value.isObject()) {
                    merged.setAll((ObjectNode) value);
                } else {
                    return value;
                }
            }
            return merged;
        }
        String type = type(schema, random);
        return switch (type) {
            case "object" -> depth >= MAX_DEPTH ? JSON.objectNode() : object(schema, random, depth);
            case "array" -> array(schema, random, depth);
            case "integer" -> JSON.numberNode(between(schema, random, 0, 100));
            case "number" -> JSON.numberNode(between(schema, random, 0, 100) + random.nextInt(100) / 100.0);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "null" -> JSON.nullNode();
            default -> JSON.textNode(text(schema, random));
        };
    }

    /** The schema's type; of a 3.1 list such as ["string", "null"] mostly the non-null one. */
    private static String type(JsonNode schema, Random random) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            if (types.size() > 1 && types.contains("null") && random.nextInt(5) > 0) {
                types.remove("null");
            }
            return types.isEmpty() ? "string" : types.get(random.nextInt(types.size()));
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private ObjectNode object(JsonNode schema, Random random, int depth) {
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (required.contains(property.getKey()) || random.nextInt(3) > 0) {
                object.set(property.getKey(), valid(property.getValue(), random, depth + 1));
            }
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, Random random, int depth) {
        ArrayNode array = JSON.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(3), Math.max(min, 3));
        int count = min + random.nextInt(Math.max(1, max - min + 1));
        for (int i = 0; i < count && depth < MAX_DEPTH; i++) {
            array.add(valid(schema.path("items"), random, depth + 1));
        }
        return array;
    }

    private static long between(JsonNode schema, Random random, long low, long high) {
        long min = schema.has("minimum") ? schema.path("minimum").asLong() : low;
        long max = schema.has("maximum") ? schema.path("maximum").asLong() : Math.max(min, high);
        return min + (long) (random.nextDouble() * Math.min(Math.max(0, max - min) + 1.0, 1_000_000));
    }

    static String text(JsonNode schema, Random random) {
        switch (schema.path("format").asText("")) {
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "date":
                return LocalDate.of(2018, 1, 1).plusDays(random.nextInt(4000)).toString();
            case "date-time":
                return LocalDate.of(2018, 1, 1).plusDays(random.nextInt(4000)) + "T10:15:30Z";
            case "uri", "url":
                // Never a host elsewhere: a webhook subscription would have the service call it.
                return "http://127.0.0.1:9/fuzz/" + WORDS[random.nextInt(WORDS.length)];
            default:
                int min = schema.path("minLength").asInt(1);
                int max = schema.path("maxLength").asInt(Math.max(min, 24));
                StringBuilder text = new StringBuilder();
                while (text.length() < min || text.length() < max && random.nextInt(3) > 0) {
                    text.append(text.isEmpty() ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                return text.length() > max ? text.substring(0, max) : text.toString();
        }
    }
}
