package nl.schaalsprong.platform.problem;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import nl.schaalsprong.platform.domain.DomainException;
import nl.schaalsprong.platform.json.RefusedValueException;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says why a request body could not be read in the words of the JSON the client wrote ("must be text, not a
 * list"), never in Jackson's or Java's ({@code java.lang.String}, {@code JsonToken.START_ARRAY}): the client knows
 * its body, not our classes.
 */
public final class ClientTerms {

    private static final Pattern TOKEN = Pattern.compile("JsonToken\\.([A-Z_]+)");

    private ClientTerms() {
    }

    /** The problem's detail for a body that could not be read: the field (if any) and what was wrong with it. */
    public static String unreadableBody(JsonProcessingException e) {
        String reason = reason(e);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "field '" + fieldPath(mapping) + "' could not be read: " + reason;
        }
        return "the request body is not valid JSON for this endpoint: " + reason;
    }

    /** {@code rightscaling.smallest} or {@code themes[0]}: the path as the client wrote the body. */
    static String fieldPath(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                : "[" + ref.getIndex() + "]").reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
    }

    static String reason(JsonProcessingException e) {
        RefusedValueException refused = find(e, RefusedValueException.class);
        if (refused != null) {
            return refused.getOriginalMessage();
        }
        Throwable bottom = bottom(e);
        if (bottom instanceof DomainException || bottom instanceof IllegalArgumentException) {
            // A value object refusing itself says why in its own words (its message is written for clients).
            return bottom.getMessage() == null ? "the value is not acceptable" : bottom.getMessage();
        }
        InputCoercionException coercion = find(e, InputCoercionException.class);
        if (coercion != null) {
            return "must be a whole number between " + range(coercion.getTargetType());
        }
        if (find(e, StreamConstraintsException.class) != null) {
            return "a number, text or nesting in the body is larger than this service reads";
        }
        if (find(e, UnrecognizedPropertyException.class) != null) {
            return "is not a field of this request";
        }
        InvalidFormatException format = find(e, InvalidFormatException.class);
        if (format != null) {
            return "'" + format.getValue() + "' is not " + expected(format.getTargetType());
        }
        MismatchedInputException mismatch = find(e, MismatchedInputException.class);
        if (mismatch != null && mismatch.getOriginalMessage() != null
                && mismatch.getOriginalMessage().startsWith("Trailing token")) {
            JsonLocation at = mismatch.getLocation();
            return "there is more after the JSON value" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + "; send exactly one";
        }
        if (mismatch != null && mismatch.getTargetType() != null) {
            String found = found(mismatch);
            return "must be " + expected(mismatch.getTargetType()) + (found == null ? "" : ", not " + found);
        }
        StreamReadException malformed = find(e, StreamReadException.class);
        if (malformed != null) {
            JsonLocation at = malformed.getLocation();
            return at == null ? "malformed JSON"
                    : "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        return "the value does not fit this field";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    private static Throwable bottom(Throwable e) {
        Throwable bottom = e;
        while (bottom.getCause() != null && bottom.getCause() != bottom) {
            bottom = bottom.getCause();
        }
        return bottom;
    }

    /** What a field of this Java type takes, as JSON. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the documented type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(ClientTerms::asWritten)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date as yyyy-mm-dd";
        }
        if (type == OffsetDateTime.class || Temporal.class.isAssignableFrom(type)) {
            return "a date and time as yyyy-mm-ddThh:mm:ssZ";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) ? "an object" : "an object with the documented fields";
    }

    /** An enum constant as JSON spells it: its {@code @JsonValue} if it has one, else its name. */
    private static String asWritten(Object constant) {
        for (Method method : constant.getClass().getMethods()) {
            if (method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0) {
                try {
                    return String.valueOf(method.invoke(constant));
                } catch (ReflectiveOperationException e) {
                    break;
                }
            }
        }
        return ((Enum<?>) constant).name();
    }

    /**
     * What the client sent instead: the token Jackson names in its message (the parser has usually moved on by the
     * time the failure is mapped), else the one the parser stands on.
     */
    private static String found(MismatchedInputException e) {
        Matcher named = TOKEN.matcher(String.valueOf(e.getOriginalMessage()));
        JsonToken token = null;
        if (named.find()) {
            try {
                token = JsonToken.valueOf(named.group(1));
            } catch (IllegalArgumentException unknown) {
                token = null;
            }
        } else if (e.getProcessor() instanceof JsonParser parser) {
            token = parser.currentToken();
        }
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_ARRAY, END_ARRAY -> "a list";
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    private static String range(Class<?> type) {
        if (type == Long.class || type == long.class) {
            return Long.MIN_VALUE + " and " + Long.MAX_VALUE;
        }
        if (type == Short.class || type == short.class) {
            return Short.MIN_VALUE + " and " + Short.MAX_VALUE;
        }
        if (type == Byte.class || type == byte.class) {
            return Byte.MIN_VALUE + " and " + Byte.MAX_VALUE;
        }
        return Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
    }
}
