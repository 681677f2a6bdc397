package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer-side contract test: our reading of LessonTagged against the schema lessons-service owns. It reads the
 * producer's file from the repository, so a breaking change there fails this build, not production.
 */
class LessonTaggedContractTest {

    static final Path PRODUCER_SCHEMA =
            Path.of("../lessons-service/src/main/resources/META-INF/resources/schemas/lesson.tagged.v1.json");

    static final ObjectMapper MAPPER = new ObjectMapper();
    static JsonNode schema;

    @BeforeAll
    static void readProducerSchema() throws IOException {
        assertTrue(Files.exists(PRODUCER_SCHEMA), "producer schema not found at " + PRODUCER_SCHEMA.toAbsolutePath());
        schema = MAPPER.readTree(Files.readString(PRODUCER_SCHEMA));
    }

    @Test
    void theProducersExampleIsValidAndReadsIntoOurDtoWithEverythingWeNeed() throws IOException {
        JsonNode example = schema.path("examples").path(0);
        assertFalse(example.isMissingNode(), "the producer's schema should carry an example");
        var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(example);
        assertEquals(Set.of(), errors, "the producer's own example violates its schema");

        LessonTagged tagged = MAPPER.treeToValue(example, LessonTagged.class);
        assertNotNull(tagged.lessonId());
        assertNotNull(tagged.originBuurtCodes());
        assertFalse(tagged.originBuurtCodes().isEmpty());
    }

    @Test
    void everyFieldWeReadIsRequiredByTheProducer() {
        Set<String> required = new HashSet<>();
        StreamSupport.stream(schema.path("required").spliterator(), false).map(JsonNode::asText).forEach(required::add);
        List<String> read = Arrays.stream(LessonTagged.class.getRecordComponents())
                .map(c -> {
                    JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
                    return renamed != null ? renamed.value() : c.getName();
                })
                .toList();
        for (String field : read) {
            assertTrue(required.contains(field), "we read '" + field + "' but the producer does not promise it");
            assertTrue(schema.path("properties").has(field), "'" + field + "' is not a property of the schema");
        }
    }

    @Test
    void theProducersEventTypeIsTheOneWeListenFor() {
        assertTrue(schema.path("description").asText().contains(ConsumedEvents.LESSON_TAGGED));
        assertTrue(schema.path("description").asText().contains(ConsumedEvents.LESSONS_TOPIC));
    }
}
