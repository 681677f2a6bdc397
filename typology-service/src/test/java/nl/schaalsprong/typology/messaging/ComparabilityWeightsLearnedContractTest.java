package nl.schaalsprong.typology.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer-side contract test: our reading of ComparabilityWeightsLearned against the schema verification-service
 * owns, read from the repository so that a breaking change there fails this build.
 */
class ComparabilityWeightsLearnedContractTest {

    static final Path PRODUCER_SCHEMA = Path.of("../verification-service/src/main/resources/META-INF/resources/"
            + "schemas/comparability-weights.learned.v1.json");
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    static JsonNode schema;

    @BeforeAll
    static void readProducerSchema() throws IOException {
        assertTrue(Files.exists(PRODUCER_SCHEMA), "producer schema not found at " + PRODUCER_SCHEMA.toAbsolutePath());
        schema = MAPPER.readTree(Files.readString(PRODUCER_SCHEMA));
    }

    @Test
    void theProducersExampleIsValidAndReadsIntoOurDto() throws IOException {
        JsonNode example = schema.path("examples").path(0);
        assertFalse(example.isMissingNode(), "the producer's schema should carry an example");
        assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                .validate(example));

        ComparabilityWeightsLearned learned = MAPPER.treeToValue(example, ComparabilityWeightsLearned.class);
        assertEquals("standaard", learned.basisName());
        assertEquals(64, learned.outcomes());
        assertEquals("STEDELIJKHEID", learned.weights().get(0).dimension());
        assertEquals(3.1, learned.weights().get(0).weight());
        assertEquals(0.61, learned.weights().get(0).lower());
        assertEquals(1.93, learned.weights().get(0).upper());
        assertEquals(11, learned.lessons());
        assertEquals(0.204, learned.cvBrierModel());
        assertEquals(0.236, learned.cvBrierBasis());
    }

    @Test
    void everyFieldWeReadIsRequiredByTheProducer() {
        assertAllRequired(ComparabilityWeightsLearned.class, schema);
        assertAllRequired(ComparabilityWeightsLearned.Weight.class, schema.path("properties").path("weights").path("items"));
    }

    @Test
    void theProducersEventTypeAndTopicAreTheOnesWeListenFor() {
        String description = schema.path("description").asText();
        assertTrue(description.contains(LearnedWeightsConsumer.TYPE));
        assertTrue(description.contains("schaalsprong.learning"));
    }

    private static void assertAllRequired(Class<? extends Record> dto, JsonNode objectSchema) {
        Set<String> required = new HashSet<>();
        StreamSupport.stream(objectSchema.path("required").spliterator(), false).map(JsonNode::asText)
                .forEach(required::add);
        for (RecordComponent component : dto.getRecordComponents()) {
            assertTrue(required.contains(component.getName()),
                    "we read '" + component.getName() + "' but the producer does not promise it");
        }
    }
}
