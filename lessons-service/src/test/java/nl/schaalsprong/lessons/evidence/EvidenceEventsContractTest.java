package nl.schaalsprong.lessons.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import nl.schaalsprong.lessons.messaging.ConsumedEvents;
import nl.schaalsprong.lessons.messaging.EvidenceChanged;
import nl.schaalsprong.lessons.messaging.VerificationConcluded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer-side contract test: our readings of verification-service's events against the schemas it owns, read
 * from the repository, so a breaking change there fails this build, not production.
 */
class EvidenceEventsContractTest {

    static final String SCHEMAS = "../verification-service/src/main/resources/META-INF/resources/schemas/";
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static Stream<Arguments> contracts() {
        return Stream.of(
                Arguments.of("verification.concluded.v2.json", VerificationConcluded.class,
                        ConsumedEvents.VERIFICATION_CONCLUDED, ConsumedEvents.VERIFICATIONS_TOPIC),
                // Still on the topic from before v2, so still read.
                Arguments.of("verification.concluded.v1.json", VerificationConcluded.class,
                        ConsumedEvents.VERIFICATION_CONCLUDED_V1, ConsumedEvents.VERIFICATIONS_TOPIC),
                Arguments.of("lesson.evidence-changed.v1.json", EvidenceChanged.class,
                        ConsumedEvents.EVIDENCE_CHANGED, ConsumedEvents.EVIDENCE_TOPIC));
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void theProducersExampleIsValidAndReadsIntoOurDto(String file, Class<?> dto, String type, String topic)
            throws IOException {
        JsonNode schema = schema(file);
        JsonNode example = schema.path("examples").path(0);
        assertFalse(example.isMissingNode(), "the producer's schema should carry an example");
        assertEquals(Set.of(), FACTORY.getSchema(schema).validate(example), "the producer's example violates its schema");
        Object read = MAPPER.treeToValue(example, dto);
        // Every field we read is in the example, so a reading that loses one shows up as a difference here.
        JsonNode written = MAPPER.valueToTree(read);
        for (Iterator<Map.Entry<String, JsonNode>> fields = written.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            assertEquals(normalised(example.path(field.getKey())), normalised(field.getValue()), field.getKey());
        }
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void everyFieldWeReadIsRequiredAndOurValuesFitItsSchema(String file, Class<?> dto, String type, String topic)
            throws IOException {
        JsonNode schema = schema(file);
        JsonNode written = MAPPER.valueToTree(MAPPER.treeToValue(schema.path("examples").path(0), dto));
        for (Iterator<Map.Entry<String, JsonNode>> fields = written.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            assertTrue(contains(schema.path("required"), field.getKey()),
                    "we read '" + field.getKey() + "' but the producer does not promise it");
            JsonNode property = schema.path("properties").path(field.getKey());
            assertFalse(property.isMissingNode(), "'" + field.getKey() + "' is not a property of the schema");
            assertEquals(Set.of(), FACTORY.getSchema(property).validate(field.getValue()),
                    "our value of '" + field.getKey() + "' does not fit the producer's schema");
        }
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void theEventTypeAndTopicAreTheOnesWeListenTo(String file, Class<?> dto, String type, String topic)
            throws IOException {
        String description = schema(file).path("description").asText();
        assertTrue(description.contains(type), description);
        assertTrue(description.contains(topic), description);
    }

    @org.junit.jupiter.api.Test
    void theWholeEvidenceWeReadIsValidAgainstTheSchema() throws IOException {
        JsonNode schema = schema("lesson.evidence-changed.v1.json");
        JsonNode written = MAPPER.valueToTree(MAPPER.treeToValue(schema.path("examples").path(0), EvidenceChanged.class));
        assertEquals(Set.of(), FACTORY.getSchema(schema).validate(written));
    }

    private static JsonNode schema(String file) throws IOException {
        Path path = Path.of(SCHEMAS + file);
        assertTrue(Files.exists(path), "producer schema not found at " + path.toAbsolutePath());
        return MAPPER.readTree(Files.readString(path));
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Numbers and date-times compare by value, not by their spelling. */
    private static String normalised(JsonNode node) {
        return node.isTextual() && node.asText().matches("\\d{4}-\\d\\d-\\d\\dT.*")
                ? java.time.OffsetDateTime.parse(node.asText()).toInstant().toString()
                : node.toString();
    }
}
