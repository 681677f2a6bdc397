package nl.schaalsprong.platform.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads and writes floating-point numbers with Jackson's fast algorithms (FastDoubleParser and Schubfach, both
 * shipped inside jackson-core; Jackson 3 makes them the default). Similarities and per-dimension distances are
 * most of what the services exchange: a comparable-buurten answer with contributions carries over a thousand
 * doubles, and with the JDK's own conversions turning them to and from text was the largest single cost of a
 * tagged lesson in verification-service (docs/benchmarks.md). Same values either way: both are exact.
 */
@Singleton
public class FastNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER.mappedFeature());
        mapper.enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER.mappedFeature());
        mapper.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
    }
}
