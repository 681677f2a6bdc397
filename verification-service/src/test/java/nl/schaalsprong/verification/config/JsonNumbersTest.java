package nl.schaalsprong.verification.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application's ObjectMapper (REST, REST client, CloudEvents) reads and writes doubles with Jackson's fast
 * algorithms (platform's FastNumbers), and they give the same values as the JDK's conversions.
 */
@QuarkusTest
class JsonNumbersTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void fastDoubleConversionIsOnAndExact() throws Exception {
        assertTrue(mapper.getFactory().isEnabled(StreamReadFeature.USE_FAST_DOUBLE_PARSER));
        assertTrue(mapper.getFactory().isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER));
        double[] values = {0.9974871942528666, 7.9211727215870145, 1e-7, 0.1 + 0.2, Double.MIN_VALUE, 2.5};
        for (double value : values) {
            String written = mapper.writeValueAsString(value);
            assertEquals(value, Double.parseDouble(written), written);
            assertEquals(value, mapper.readValue(written, Double.class), written);
            assertEquals(value, mapper.readValue(Double.toString(value), Double.class));
        }
    }
}
