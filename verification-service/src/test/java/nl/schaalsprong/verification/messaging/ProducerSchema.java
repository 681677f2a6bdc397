package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A producer's JSON Schema of one event, read from its module in the repository, and the two checks every consumer's
 * contract test makes of its own DTO against it: the producer's example is valid and reads into the DTO, and every
 * field the DTO reads is a property of the schema, the ones the consumer cannot do without promised (required).
 */
final class ProducerSchema {

    /** With java.time support, as Quarkus's own ObjectMapper has. */
    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private final Path path;
    private final JsonNode schema;

    private ProducerSchema(Path path, JsonNode schema) {
        this.path = path;
        this.schema = schema;
    }

    /** @param module the producing service's module, {@code lessons-service}; @param file its schema's file name */
    static ProducerSchema of(String module, String file) {
        Path path = Path.of("..", module, "src/main/resources/META-INF/resources/schemas", file);
        assertTrue(Files.exists(path), "producer schema not found at " + path.toAbsolutePath());
        try {
            return new ProducerSchema(path, MAPPER.readTree(Files.readString(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode json() {
        return schema;
    }

    /** The producer's first example, checked against its own schema. */
    JsonNode example() {
        JsonNode example = schema.path("examples").path(0);
        assertTrue(example.isObject(), "the producer's schema " + path.getFileName() + " should carry an example");
        assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                .validate(example), "the producer's own example violates its schema");
        return example;
    }

    /** The producer's example, read into our DTO. */
    <T> T exampleAs(Class<T> dto) {
        try {
            return MAPPER.treeToValue(example(), dto);
        } catch (IOException e) {
            throw new AssertionError("the producer's example does not read into " + dto.getSimpleName(), e);
        }
    }

    /**
     * Every field the DTO reads (its record components, under their JSON names) is a property of the schema, and
     * each of {@code needed} is read and required by the producer.
     */
    void readsOnlyItsPropertiesAndIsPromised(Class<? extends Record> dto, List<String> needed) {
        Set<String> promised = new HashSet<>();
        schema.path("required").forEach(field -> promised.add(field.asText()));
        List<String> read = Arrays.stream(dto.getRecordComponents()).map(component -> {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            return renamed != null ? renamed.value() : component.getName();
        }).toList();
        for (String field : read) {
            assertTrue(schema.path("properties").has(field), "'" + field + "' is not a property of "
                    + path.getFileName());
        }
        for (String field : needed) {
            assertTrue(read.contains(field), field + " is read");
            assertTrue(promised.contains(field), "we cannot do without '" + field + "' but " + path.getFileName()
                    + " does not promise it");
        }
    }
}
