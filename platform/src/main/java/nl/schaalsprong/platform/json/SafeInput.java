package nl.schaalsprong.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import nl.schaalsprong.platform.edge.ControlCharacters;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * What every JSON body is checked for before any service sees it, so hostile input gets a 400 naming the field
 * instead of failing deep down (PostgreSQL refuses U+0000 in text and numbers beyond its numeric range, Java turns
 * 1e400 into Infinity):
 * <ul>
 *   <li>text holds no control characters other than tab and line breaks ({@link ControlCharacters});</li>
 *   <li>a floating-point number is finite;</li>
 *   <li>a decimal number is below {@value #MAX_MAGNITUDE_TEXT} in magnitude with at most {@value #MAX_DECIMALS}
 *       decimals. Fields narrow this further where their meaning does (bean validation).</li>
 * </ul>
 * Whole numbers beyond their type's range are refused by Jackson itself; the problem mapper says so in the
 * client's terms.
 */
@Singleton
public class SafeInput implements ObjectMapperCustomizer {

    static final String MAX_MAGNITUDE_TEXT = "1e100";
    static final int MAX_DECIMALS = 100;
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal(MAX_MAGNITUDE_TEXT);

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("schaalsprong-safe-input");
        module.addDeserializer(String.class, new TextWithoutControlCharacters());
        module.addDeserializer(Double.class, new FiniteDouble(Double.class));
        module.addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE));
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        mapper.registerModule(module);
        // A body is one JSON value: '{"k":12}}' or a second object after the first is refused, not read in part.
        mapper.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Refuses text with control characters; a clear reason rather than an error from the database. */
    static final class TextWithoutControlCharacters extends StdScalarDeserializer<String> {

        TextWithoutControlCharacters() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                OptionalInt at = ControlCharacters.inText(value);
                if (at.isPresent()) {
                    throw new RefusedValueException(p, "must not contain control characters ("
                            + ControlCharacters.describe(value.charAt(at.getAsInt())) + " at position "
                            + (at.getAsInt() + 1) + ")");
                }
            }
            return value;
        }
    }

    /** Refuses numbers a double cannot hold (1e400 would be Infinity) and NaN. */
    static final class FiniteDouble extends StdScalarDeserializer<Double> {

        private final NumberDeserializers.DoubleDeserializer delegate;

        FiniteDouble(Class<Double> type) {
            super(type);
            this.delegate = new NumberDeserializers.DoubleDeserializer(type, type.isPrimitive() ? 0.0 : null);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Double value = delegate.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw new RefusedValueException(p, "must be a finite number between -1.7e308 and 1.7e308");
            }
            return value;
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) {
            return handledType() == Double.TYPE ? 0.0 : null;
        }
    }

    /** Refuses decimals no figure has, such as 1e200000, before they reach arithmetic or the database. */
    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {

        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.signum() == 0) {
                return BigDecimal.ZERO; // 0e200000 is zero, and stored as such
            }
            if (value != null && !withinBounds(value)) {
                throw new RefusedValueException(p, "must be between -" + MAX_MAGNITUDE_TEXT + " and "
                        + MAX_MAGNITUDE_TEXT + " with at most " + MAX_DECIMALS + " decimals");
            }
            return value;
        }
    }

    /** Compared by exponent first, so a value like 1e200000 is never expanded to compare it. */
    static boolean withinBounds(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        long exponent = (long) value.precision() - value.scale() - 1; // of the leading digit
        if (exponent >= 100) {
            return false;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= MAX_DECIMALS && value.abs().compareTo(MAX_MAGNITUDE) < 0;
    }
}
