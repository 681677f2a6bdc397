package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer-side contract test: our readings of typology-service's NeighbourhoodChanged and ComparabilityBasisPublished
 * against the schemas typology-service owns, read from the repository, so a breaking change there fails this build.
 */
class TypologyEventsContractTest {

    static final Path SCHEMAS = Path.of("../typology-service/src/main/resources/META-INF/resources/schemas");
    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    static Stream<Arguments> readings() {
        return Stream.of(
                Arguments.of("neighbourhood.changed.v1.json", NeighbourhoodChanged.class, NeighbourhoodChanged.REQUIRED),
                Arguments.of("comparability-basis.published.v1.json", ComparabilityBasisPublished.class,
                        ComparabilityBasisPublished.REQUIRED));
    }

    @ParameterizedTest
    @MethodSource("readings")
    void theProducersExampleIsValidAndReadsIntoOurDto(String file, Class<? extends Record> dto, List<String> required)
            throws IOException {
        JsonNode schema = schema(file);
        JsonNode example = schema.path("examples").path(0);
        assertTrue(example.isObject(), "the producer's schema should carry an example");
        assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                .validate(example), "the producer's own example violates its schema");
        Record read = MAPPER.treeToValue(example, dto);
        for (var component : dto.getRecordComponents()) {
            try {
                assertNotNull(component.getAccessor().invoke(read), component.getName() + " read from the example");
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("readings")
    void everyFieldWeReadIsAPropertyOfTheSchemaAndTheProducerPromisesThem(String file, Class<? extends Record> dto,
                                                                          List<String> required) throws IOException {
        JsonNode schema = schema(file);
        Set<String> promised = new HashSet<>();
        StreamSupport.stream(schema.path("required").spliterator(), false).map(JsonNode::asText).forEach(promised::add);
        List<String> read = Arrays.stream(dto.getRecordComponents()).map(c -> c.getName()).toList();
        for (String field : read) {
            assertTrue(schema.path("properties").has(field), "'" + field + "' is not a property of " + file);
        }
        for (String field : required) {
            assertTrue(read.contains(field), field + " is read");
            assertTrue(promised.contains(field), "we cannot do without '" + field + "' but " + file + " does not"
                    + " promise it");
        }
    }

    private static JsonNode schema(String file) throws IOException {
        Path path = SCHEMAS.resolve(file);
        assertTrue(Files.exists(path), "producer schema not found at " + path.toAbsolutePath());
        return MAPPER.readTree(Files.readString(path));
    }
}
