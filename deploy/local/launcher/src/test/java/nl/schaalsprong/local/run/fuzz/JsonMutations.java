package nl.schaalsprong.local.run.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Breaks one value inside a JSON body, or one parameter's text, the way a {@link Mutation} says. */
final class JsonMutations {

    static final int OVERSIZED_LENGTH = 70_000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] CONTROL = {"\u0000", "\u0007", "\u001b[31m", "\u202e", "\r\n", "\u0008"};
    private static final String[] BOUNDARY_TEXTS = {"", " ", "0", "-1", "2147483648", "9223372036854775808",
            "-9223372036854775809", "1e400", "0.0000001"};
    private static final String[] BROKEN_TEXTS = {"abc", "1.5", "true", "{}", "[]", "null", "12-34", "1,5"};

    private JsonMutations() {
    }

    /** A place in a JSON tree: a field of an object or an element of an array. */
    private record Slot(JsonNode container, String field, int index) {
        JsonNode value() {
            return field != null ? container.get(field) : container.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) container).remove(field);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    /** The body with one value broken; a body with no value inside is replaced whole. */
    static JsonNode mutate(JsonNode body, Mutation mutation, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(body, slots);
        if (slots.isEmpty()) {
            return mutation == Mutation.VALID ? body : JSON.textNode(text("", mutation, random));
        }
        List<Slot> texts = slots.stream().filter(s -> s.value().isTextual()).toList();
        // Mostly a text: that is where control characters, oversized and unknown values go.
        List<Slot> among = texts.isEmpty() || random.nextInt(4) == 0 ? slots : texts;
        Slot slot = among.get(random.nextInt(among.size()));
        JsonNode value = slot.value();
        switch (mutation) {
            case VALID, MALFORMED_BODY -> {
            }
            case MISSING_FIELD -> slot.remove();
            case BOUNDARY -> slot.set(random.nextBoolean() ? JSON.numberNode(boundaryNumber(random))
                    : JSON.textNode(BOUNDARY_TEXTS[random.nextInt(2)]));
            case BROKEN_TYPE -> slot.set(brokenType(value, random));
            case OVERSIZED, CONTROL_CHARACTERS, UNKNOWN_ENUM ->
                    slot.set(JSON.textNode(text(value.isTextual() ? value.asText() : "", mutation, random)));
        }
        return body;
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                slots.add(new Slot(node, name, -1));
                collect(node.get(name), slots);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }

    private static JsonNode brokenType(JsonNode value, Random random) {
        if (value.isTextual()) {
            return random.nextBoolean() ? JSON.numberNode(12345) : JSON.objectNode().put("waarde", value.asText());
        }
        if (value.isNumber()) {
            return JSON.textNode(random.nextBoolean() ? "twaalf" : "12,5");
        }
        if (value.isBoolean()) {
            return JSON.textNode("ja");
        }
        if (value.isContainerNode()) {
            return random.nextBoolean() ? JSON.textNode("x") : JSON.numberNode(7);
        }
        return JSON.arrayNode().add(1);
    }

    private static double boundaryNumber(Random random) {
        double[] values = {-1, 0, 2147483648.0, 9.223372036854776E18, 1e308, -1e308, 0.5, -0.0, 101, 1e-9};
        return values[random.nextInt(values.length)];
    }

    /** A parameter's or a field's text broken as {@code mutation} says; null to leave it out. */
    static String text(String original, Mutation mutation, Random random) {
        return switch (mutation) {
            case VALID, MALFORMED_BODY -> original;
            case MISSING_FIELD -> null;
            case BOUNDARY -> BOUNDARY_TEXTS[random.nextInt(BOUNDARY_TEXTS.length)];
            case BROKEN_TYPE -> BROKEN_TEXTS[random.nextInt(BROKEN_TEXTS.length)];
            case OVERSIZED -> oversized(random.nextBoolean() ? OVERSIZED_LENGTH : 9_000);
            case CONTROL_CHARACTERS -> original + CONTROL[random.nextInt(CONTROL.length)] + "x";
            case UNKNOWN_ENUM -> "NO_SUCH_VALUE";
        };
    }

    /** A text without a line break, as a file of one endless line would be. */
    static String oversized(int length) {
        return "buurt".repeat(length / 5 + 1).substring(0, length);
    }
}
